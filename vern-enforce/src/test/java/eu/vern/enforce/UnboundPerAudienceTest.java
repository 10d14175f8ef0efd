package eu.vern.enforce;

import static org.assertj.core.api.Assertions.assertThat;

import eu.vern.guidelines.Assessor;
import eu.vern.guidelines.DataCategory;
import eu.vern.guidelines.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One Unbound, one configuration Vern generated for two audiences: 127.0.0.2 is a primary
 * pupils' network and 127.0.0.3 a staff network. The same name is blocked for one and resolves
 * for the other, with the shipped catalog and municipal baseline (ChatGPT's minimum age).
 */
class UnboundPerAudienceTest {

  @TempDir static Path dir;
  static Unbound internet;
  static Unbound resolver;
  static Unbound conflicts;
  static String config = "";

  @BeforeAll
  static void start() throws Exception {
    Unbound.assumeInstalled();
    internet = Unbound.authority(dir, Map.of(
        "chatgpt.com", "192.0.2.20", "chat.openai.com", "192.0.2.21", "deepseek.com", "192.0.2.22",
        "www.example.org", "192.0.2.23", "portal.test", "192.0.2.30", "games.portal.test", "192.0.2.31",
        "www.games.portal.test", "192.0.2.32"));
    config = Fixture.export(Format.UNBOUND, Fixture.policy(Fixture.shipped()));
    Path file = dir.resolve("vern.conf");
    Files.writeString(file, config);
    resolver = Unbound.resolver(dir, internet, "", "include: \"" + file + "\"\n");
    Path crossed = dir.resolve("crossed.conf");
    Files.writeString(crossed, Fixture.export(Format.UNBOUND, crossedPolicy()));
    conflicts = Unbound.resolver(dir, internet, "", "include: \"" + crossed + "\"\n");
  }

  /**
   * Pupils block games.portal.test only; staff block portal.test but must reach games.portal.test
   * below it: one zone name, blocked for one audience and passed for the other.
   */
  static Policy crossedPolicy() {
    Policy fixture = Fixture.policy();
    var staff = fixture.audiences().get(0).audience();
    var pupils = fixture.audiences().get(1).audience();
    var games = new Blocklist.Entry("games", "Games", Verdict.BLOCK, java.util.List.of("games.portal.test"), "rule r");
    var gamesAllowed = new Blocklist.Entry("games", "Games", Verdict.ALLOW, java.util.List.of("games.portal.test"),
        "verdict allow below a blocked name");
    var portal = new Blocklist.Entry("portal", "Portal", Verdict.BLOCK, java.util.List.of("portal.test"), "rule r");
    return new Policy(fixture.provenance(), java.util.List.of(
        new Blocklist(staff, java.util.List.of(portal), java.util.List.of(gamesAllowed)),
        new Blocklist(pupils, java.util.List.of(games), java.util.List.of())));
  }

  @AfterAll
  static void stop() {
    if (resolver != null) {
      resolver.close();
    }
    if (conflicts != null) {
      conflicts.close();
    }
    if (internet != null) {
      internet.close();
    }
  }

  @Test
  void theShippedBaselineBlocksChatGptForPrimaryPupilsButNotForStaff() {
    Assessor shipped = Fixture.shipped();
    var chatgpt = shipped.catalog().service("chatgpt").orElseThrow();
    assertThat(shipped.assess(chatgpt, Fixture.audience(shipped, "pupils-primary"), DataCategory.PERSONAL).verdict())
        .isEqualTo(Verdict.BLOCK);
    assertThat(shipped.assess(chatgpt, Fixture.audience(shipped, "staff"), DataCategory.PERSONAL).verdict())
        .isNotEqualTo(Verdict.BLOCK);
  }

  @Test
  void theGeneratedConfigurationTagsEachAudiencesNetwork() {
    assertThat(config)
        .contains("define-tag: \"staff pupils-primary\"")
        .contains("access-control-tag: 127.0.0.2/32 \"pupils-primary\"")
        .contains("access-control-tag: 127.0.0.3/32 \"staff\"");
  }

  @Test
  void theSameNameIsBlockedForAPupilsAddressAndResolvesForAStaffAddress() throws Exception {
    assertThat(resolver.answer("127.0.0.2", "chatgpt.com")).isEqualTo("NXDOMAIN");
    assertThat(resolver.answer("127.0.0.3", "chatgpt.com")).isEqualTo("192.0.2.20");
    assertThat(resolver.answer("127.0.0.2", "chat.openai.com")).isEqualTo("NXDOMAIN");
    assertThat(resolver.answer("127.0.0.3", "chat.openai.com")).isEqualTo("192.0.2.21");
  }

  @Test
  void aServiceBlockedForEveryAudienceIsBlockedFromBothAddresses() throws Exception {
    assertThat(resolver.answer("127.0.0.2", "deepseek.com")).isEqualTo("NXDOMAIN");
    assertThat(resolver.answer("127.0.0.3", "deepseek.com")).isEqualTo("NXDOMAIN");
  }

  @Test
  void aNameNoVerdictBlocksResolvesForEveryone() throws Exception {
    assertThat(resolver.answer("127.0.0.2", "www.example.org")).isEqualTo("192.0.2.23");
    assertThat(resolver.answer("127.0.0.3", "www.example.org")).isEqualTo("192.0.2.23");
  }

  @Test
  void aNameBlockedForOneAudienceAndPassedBelowABlockForTheOtherAnswersEachCorrectly() throws Exception {
    assertThat(Fixture.export(Format.UNBOUND, crossedPolicy()))
        .contains("local-zone-override: \"games.portal.test.\" 127.0.0.3/32 always_transparent");
    assertThat(conflicts.answer("127.0.0.2", "games.portal.test")).isEqualTo("NXDOMAIN");
    assertThat(conflicts.answer("127.0.0.2", "www.games.portal.test")).isEqualTo("NXDOMAIN");
    assertThat(conflicts.answer("127.0.0.2", "portal.test")).isEqualTo("192.0.2.30");
    assertThat(conflicts.answer("127.0.0.3", "portal.test")).isEqualTo("NXDOMAIN");
    assertThat(conflicts.answer("127.0.0.3", "games.portal.test")).isEqualTo("192.0.2.31");
    assertThat(conflicts.answer("127.0.0.3", "www.games.portal.test")).isEqualTo("192.0.2.32");
  }
}
