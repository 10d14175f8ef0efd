package eu.vern.cli.assess;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.vern.cli.Cli;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** vern assess as a user runs it, against the shipped catalog, audiences and packs. */
class AssessCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TODAY = "--as-of=2026-11-24";

  private static JsonNode verdictOf(JsonNode root, String service, String audience) {
    for (JsonNode v : root.get("verdicts")) {
      if (v.get("service").asText().equals(service) && v.get("audience").asText().equals(audience)) {
        return v;
      }
    }
    throw new AssertionError("no verdict for " + service + "/" + audience);
  }

  @Test
  void theReadableTableGroupsServicesByVerdictInTheGuidelinesLanguage() {
    Cli cli = Cli.run("assess", TODAY);
    assertThat(cli.exitCode()).as(cli.err()).isZero();
    assertThat(cli.out()).contains("Kommunal grundnivå").contains("BLOCKERAD").contains("deepseek")
        .contains("tjänster:");
  }

  @Test
  void jsonCarriesGuidelineAudienceVerdictRulesAndReasonsInThreeLanguages() throws Exception {
    Cli cli = Cli.run("assess", "--json", "--audience", "all", TODAY);
    assertThat(cli.exitCode()).as(cli.err()).isZero();
    JsonNode root = JSON.readTree(cli.out());
    assertThat(root.at("/guideline/id").asText()).isEqualTo("municipal-baseline");
    assertThat(root.at("/catalog/version").asText()).isNotEmpty();
    JsonNode deepseek = verdictOf(root, "deepseek", "pupils-primary");
    assertThat(deepseek.get("verdict").asText()).isEqualTo("block");
    assertThat(deepseek.get("decidingRule").asText()).isEqualTo("intelligence-law-without-adequacy");
    assertThat(deepseek.at("/reasons/0/sv").asText()).contains("Kina");
    assertThat(deepseek.at("/reasons/0/nb").asText()).contains("Kina");
    assertThat(deepseek.at("/reasons/0/en").asText()).contains("China");
    assertThat(verdictOf(root, "chatgpt", "pupils-primary").get("verdict").asText()).isEqualTo("block");
    assertThat(verdictOf(root, "chatgpt", "staff").get("verdict").asText()).isEqualTo("guidance");
  }

  @Test
  void explainShowsEveryRuleAndTheAudienceFactThatMadeTheDifference() {
    Cli cli = Cli.run("assess", "--service", "chatgpt", "--audience", "pupils-primary", "--explain",
        "--lang", "en", TODAY);
    assertThat(cli.exitCode()).as(cli.err()).isZero();
    assertThat(cli.out())
        .contains("Decided by the rule below-minimum-age")
        .contains("[x] below-minimum-age")
        .contains("[ ] intelligence-law-without-adequacy")
        .containsPattern("audience.youngestAge +6 ◀")
        .containsPattern("service.minors.minimumAge +13 years \\[\\d+]")
        .contains("Compared with Staff: Allowed with guidance");
  }

  @Test
  void aDiffBetweenTwoGuidelinesListsWhatChangesAndWhy() throws Exception {
    Path home = Path.of(System.getProperty("vern.home"));
    Cli cli = Cli.run("assess", "--guideline", home.resolve("guidelines/strict-sovereignty.yaml").toString(),
        "--diff", home.resolve("guidelines/municipal-baseline.yaml").toString(), "--json", TODAY);
    assertThat(cli.exitCode()).as(cli.err()).isZero();
    List<String> changed = new ArrayList<>();
    JSON.readTree(cli.out()).get("changes").forEach(c -> {
      if (c.get("after").asText().equals("block")) {
        changed.add(c.get("service").asText());
      }
    });
    assertThat(changed).contains("microsoft-365", "chatgpt").doesNotContain("deepseek", "le-chat");
  }

  @Test
  void failOnBlockExitsWithOneWhenSomethingIsBlocked() {
    assertThat(Cli.run("assess", "--fail-on", "block", TODAY).exitCode()).isEqualTo(1);
    assertThat(Cli.run("assess", "--service", "nextcloud", "--fail-on", "block", TODAY).exitCode()).isZero();
  }

  @Test
  void aBrokenRuleIsReportedWithFileRuleAndPositionAndExitsTwo() throws URISyntaxException {
    Path broken = Path.of(AssessCommandTest.class.getResource("/guidelines/broken-rule.yaml").toURI());
    Cli cli = Cli.run("assess", "--guideline", broken.toString());
    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err()).contains("broken-rule.yaml:13:").contains("rule 'typo'")
        .contains("undefined field 'storageCountry'").doesNotContain("Exception");
  }

  @Test
  void unknownAudiencesCategoriesAndLanguagesAreBadInput() {
    assertThat(Cli.run("assess", "--audience", "wizards").err()).contains("no audience 'wizards'");
    assertThat(Cli.run("assess", "--data-category", "classified").exitCode()).isEqualTo(2);
    assertThat(Cli.run("assess", "--lang", "de").exitCode()).isEqualTo(2);
    assertThat(Cli.run("assess", "--explain").err()).contains("--explain needs --service");
  }
}
