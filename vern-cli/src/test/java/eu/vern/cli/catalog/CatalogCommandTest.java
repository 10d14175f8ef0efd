package eu.vern.cli.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.vern.cli.Cli;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The catalog commands against the shipped catalog, as a user runs them. */
class CatalogCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Nested
  class Lint {

    @Test
    void passesOnTheShippedCatalog() {
      Cli cli = Cli.run("catalog", "lint");
      assertThat(cli.exitCode()).as(cli.err()).isZero();
      assertThat(cli.out()).contains("is valid");
    }

    @Test
    void namesTheAppsThatMoreThanOneServiceListsSoAMistakeCannotHideABlockedApp() {
      Cli cli = Cli.run("catalog", "lint");
      assertThat(cli.out()).contains("apps belong to more than one service")
          .contains("android com.microsoft.office.outlook (microsoft-365, outlook-com)")
          .contains("iOS com.google.Gmail (gmail, google-workspace)");
    }

    @Test
    void namesAVendorThatNothingInTheCatalogPointsTo(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
        throws Exception {
      java.nio.file.Path vendors = java.nio.file.Files.createDirectories(dir.resolve("vendors"));
      java.nio.file.Files.writeString(vendors.resolve("left-behind.yaml"), """
          id: left-behind
          name: Left Behind
          legalName: Left Behind AB
          incorporated: SE
          headquarters: SE
          operatedFrom: SE
          parent: none
          listed: no
          stateOwned: no
          sources:
            - about: [incorporated, headquarters, operatedFrom, parent, listed, stateOwned]
              url: https://example.org/left-behind
              checked: 2026-12-06
              note: A vendor whose only service was removed from the overlay.
          """);
      Cli cli = Cli.run("catalog", "lint", "--overlay", dir.toString());
      assertThat(cli.exitCode()).as(cli.err()).isZero();
      assertThat(cli.out()).containsPattern("vendors are neither the vendor nor the model provider of any"
          + " service, nor the owner of another vendor, so no verdict reads them: [^\\n]*left-behind");
    }

    @Test
    void reportsABadOverlayWithFileLineAndFieldAndExitsTwoWithoutAStackTrace() throws Exception {
      Cli cli = Cli.run("catalog", "lint", "--overlay", overlay("bad-vendor"));
      assertThat(cli.exitCode()).isEqualTo(2);
      assertThat(cli.err())
          .contains("services/city-chat.yaml:4:9: vendor: no vendor 'city-it-department' in the catalog")
          .contains("1 problem in the catalog")
          .doesNotContain("Exception")
          .doesNotContain("\tat ");
    }

    @Test
    void aMissingCatalogDirectoryIsBadInput() {
      Cli cli = Cli.run("catalog", "lint", "--catalog", "/nonexistent/catalog");
      assertThat(cli.exitCode()).isEqualTo(2);
      assertThat(cli.err()).contains("the catalog directory does not exist");
    }
  }

  @Nested
  class Show {

    @Test
    void deepSeekShowsChinaAmongItsControlJurisdictionsWithTheLawsAndASourceForStorage()
        throws Exception {
      Cli cli = Cli.run("catalog", "show", "deepseek", "--json");
      assertThat(cli.exitCode()).as(cli.err()).isZero();
      JsonNode service = JSON.readTree(cli.out());

      assertThat(texts(service.get("controlJurisdictions"))).contains("CN");
      List<String> cnLaws = new ArrayList<>();
      service.get("laws").forEach(l -> {
        if (l.get("jurisdiction").asText().equals("CN")) {
          cnLaws.add(l.get("id").asText());
        }
      });
      assertThat(cnLaws).contains("cn-national-intelligence-law");
      assertThat(texts(service.get("storage"))).containsExactly("CN");
      List<String> storageSources = new ArrayList<>();
      service.get("sources").forEach(s -> {
        if (texts(s.get("about")).contains("storage")) {
          storageSources.add(s.get("url").asText());
        }
      });
      assertThat(storageSources).isNotEmpty().allSatisfy(u -> assertThat(u).startsWith("https://"));
    }

    @Test
    void theReadableFormNamesTheLawAndNumbersTheSources() {
      Cli cli = Cli.run("catalog", "show", "deepseek");
      assertThat(cli.exitCode()).as(cli.err()).isZero();
      assertThat(cli.out())
          .contains("Control jurisdictions: CN (China)")
          .contains("National Intelligence Law")
          .containsPattern("storage +CN \\(China\\) \\[\\d")
          .contains("[1] https://");
    }

    @Test
    void anUnknownIdIsBadInputAndSuggestsTheClosestIds() {
      Cli cli = Cli.run("catalog", "show", "deepsek");
      assertThat(cli.exitCode()).isEqualTo(2);
      assertThat(cli.err()).contains("no service 'deepsek'").contains("did you mean: deepseek");
    }
  }

  @Nested
  class ListCommandOutput {

    @Test
    void jsonIsAnArrayWithTheDocumentedFieldsAndUpperCaseCountryCodes() throws Exception {
      Cli cli = Cli.run("catalog", "list", "--json");
      assertThat(cli.exitCode()).as(cli.err()).isZero();
      JsonNode list = JSON.readTree(cli.out());

      assertThat(list.isArray()).isTrue();
      assertThat(list.size()).isGreaterThanOrEqualTo(150);
      for (JsonNode s : list) {
        assertThat(s.has("id") && s.has("name") && s.has("kind") && s.has("vendor")
            && s.has("controlJurisdictions") && s.has("dataJurisdictions")
            && s.has("domains") && s.has("alternatives")).as(s.toString()).isTrue();
        for (String code : texts(s.get("controlJurisdictions"))) {
          assertThat(code).matches("[A-Z]{2}");
        }
      }
    }

    @Test
    void filtersByKindAndRefusesAnUnknownKind() {
      Cli ai = Cli.run("catalog", "list", "--kind", "ai-assistant");
      assertThat(ai.out()).contains("deepseek").doesNotContain("nextcloud");

      Cli bad = Cli.run("catalog", "list", "--kind", "chatbot");
      assertThat(bad.exitCode()).isEqualTo(2);
      assertThat(bad.err()).contains("'chatbot' is not a kind");
    }

    @Test
    void coversTheServicesTheSourceDocumentsName() {
      Cli cli = Cli.run("catalog", "list");
      for (String id : List.of("deepseek", "chatgpt", "facebook", "messenger", "instagram",
          "whatsapp", "tiktok", "microsoft-365", "microsoft-teams", "microsoft-azure",
          "google-workspace", "google-cloud", "aws", "palantir-foundry", "palantir-gotham",
          "epic-helseplattformen", "claude", "gemini", "microsoft-copilot", "le-chat", "qwen-chat",
          "kimi", "doubao", "grok", "perplexity", "signal", "threema", "element", "wire",
          "telegram", "wechat", "slack", "nextcloud", "collabora-online", "onlyoffice-docs",
          "opendesk", "proton-mail", "jitsi-meet", "bigbluebutton", "mastodon-social",
          "peertube", "ovhcloud", "scaleway", "hetzner-cloud", "ionos-cloud",
          "open-telekom-cloud")) {
        assertThat(cli.out()).as(id).containsPattern("(?m)^" + id + " ");
      }
    }
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static String overlay(String name) throws URISyntaxException {
    return Path.of(CatalogCommandTest.class.getResource("/overlays/" + name).toURI()).toString();
  }
}
