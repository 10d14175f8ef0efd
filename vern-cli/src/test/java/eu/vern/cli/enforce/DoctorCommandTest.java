package eu.vern.cli.enforce;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.vern.cli.Cli;
import eu.vern.cli.ExitCode;
import eu.vern.enforce.AliasLab;
import eu.vern.enforce.AliasLab.Reach;
import eu.vern.enforce.Bind;
import eu.vern.enforce.ExportOptions;
import eu.vern.enforce.Unbound;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code vern doctor}, run in-process against the real resolvers of vern-enforce's
 * {@link AliasLab}: Debian's Unbound 1.17 with Vern's RPZ (the alias leaks after the first answer)
 * and BIND 9.18 with Vern's configuration (clean).
 */
class DoctorCommandTest {

  @RegisterExtension static final AliasLab.PerClass LAB = new AliasLab.PerClass();
  static Unbound unbound;

  @BeforeAll
  static void start() throws Exception {
    unbound = LAB.lab().unboundRpz(Reach.AUTHORITATIVE, LAB.lab().rpz(ExportOptions.defaults()));
  }

  @AfterAll
  static void stop() {
    if (unbound != null) {
      unbound.close();
    }
  }

  static Cli doctor(int port, String... more) {
    String[] args = new String[6 + more.length];
    args[0] = "doctor";
    args[1] = "--resolver";
    args[2] = "127.0.0.1:" + port;
    args[3] = "--probe-alias";
    // A new name below the wildcard each run: the shared resolver's cache cannot hide the leak.
    args[4] = AliasLab.WILDCARD_ALIAS;
    args[5] = "--probe-blocked=" + AliasLab.SERVICE;
    System.arraycopy(more, 0, args, 6, more.length);
    return Cli.run(args);
  }

  @Nested
  class OnDebiansUnboundWithTheRpzExport {

    @Test
    void reportsTheAliasLeakInPlainWordsAndExitsOne() throws Exception {
      Cli r = doctor(unbound.port());
      if (Unbound.checksCachedCnames()) {
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        return;
      }
      assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(ExitCode.FINDING);
      assertThat(r.out())
          .contains("Resolver 127.0.0.1:" + unbound.port())
          .contains("ok       use-application-dns.net: blocked (NXDOMAIN)")
          .contains("ok       chat.deepseek.com: blocked, also for clients that ask for DNSSEC records")
          .containsPattern("CNAME alias vern-[0-9a-f]{8}\\.check\\.kommun\\.se, asked 5 times in a row")
          .contains("PROBLEM  It is an alias of chat.deepseek.com. It was blocked the first time only;"
              + " the next answers gave 198.51.100.7")
          .contains("Use BIND 9.18, or Unbound 1.19 or later, with Vern's rpz export.")
          .endsWith("1 problem found.\n");
      assertThat(r.err()).isEmpty();
    }

    @Test
    void speaksSwedishAndNorwegian() throws Exception {
      if (Unbound.checksCachedCnames()) {
        return;
      }
      assertThat(doctor(unbound.port(), "--lang", "sv").out())
          .contains("Det blockerades bara första gången; svaren därefter gav 198.51.100.7")
          .contains("1 problem hittades.");
      assertThat(doctor(unbound.port(), "--lang", "nb").out())
          .contains("Det ble bare blokkert første gang; svarene etterpå ga 198.51.100.7")
          .contains("1 problem funnet.");
    }

    @Test
    void speaksTheGuidelinesLanguageWhenItReadsTheGuideline() throws Exception {
      // no --probe-blocked: the names come from the shipped baseline, which is written in Swedish
      Cli r = Cli.run("doctor", "--resolver", "127.0.0.1:" + unbound.port(), "--no-dns-canaries");

      assertThat(r.out()).as(r.err()).contains("Blockerade tjänster").doesNotContain("Blocked services");
    }

    @Test
    void printsTheStableJsonForm() throws Exception {
      Cli r = doctor(unbound.port(), "--json");
      JsonNode json = new ObjectMapper().readTree(r.out());
      assertThat(json.get("format").asText()).isEqualTo("vern-doctor/1");
      assertThat(json.get("resolver").asText()).isEqualTo("127.0.0.1:" + unbound.port());
      JsonNode alias = json.get("findings").get(4);
      assertThat(alias.get("check").asText()).isEqualTo("alias");
      assertThat(alias.get("targets").get(0).asText()).isEqualTo(AliasLab.SERVICE);
      assertThat(alias.get("answers")).hasSize(5);
      assertThat(alias.get("answers").get(0).get("result").asText()).isEqualTo("blocked");
      assertThat(alias.get("answers").get(0).get("way").asText()).isEqualTo("nxdomain");
      if (!Unbound.checksCachedCnames()) {
        assertThat(alias.get("outcome").asText()).isEqualTo("blocked-only-the-first-time");
        assertThat(alias.get("answers").get(1).get("addresses").get(0).asText()).isEqualTo(AliasLab.SERVICE_ADDRESS);
        assertThat(json.get("clean").asBoolean()).isFalse();
        assertThat(r.exitCode()).isEqualTo(ExitCode.FINDING);
      }
    }
  }

  @Test
  void reportsBindWithVernsConfigurationCleanAndExitsZero() throws Exception {
    try (Bind bind = LAB.lab().bind(Reach.AUTHORITATIVE, false)) {
      Cli r = doctor(bind.port());
      assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(ExitCode.OK);
      assertThat(r.out())
          .contains("ok       It is an alias of chat.deepseek.com. It was blocked every time")
          .doesNotContain("PROBLEM")
          .endsWith("No problems found.\n");
    }
  }

  @Test
  void saysWhenNothingAnswers() throws Exception {
    Cli r = Cli.run("doctor", "--resolver", "127.0.0.1:" + Unbound.freePort(), "--probe-blocked", "deepseek.com",
        "--timeout", "1");
    assertThat(r.exitCode()).isEqualTo(ExitCode.FINDING);
    assertThat(r.out()).contains("No answer from 127.0.0.1:").doesNotContain("Aliases were not checked");
  }

  @Test
  void anUnparseableResolverIsBadInputNamingTheOption() {
    Cli r = Cli.run("doctor", "--resolver", "10.0.0.53:dns", "--probe-blocked", "deepseek.com");
    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.err()).contains("--resolver: '10.0.0.53:dns' is not HOST:PORT, e.g. 10.0.0.53:53");
  }

  @Test
  void anAliasThatIsNotAHostNameIsBadInputNamingTheOption() {
    Cli r = Cli.run("doctor", "--resolver", "127.0.0.1:53", "--probe-alias", "alias kommun.se");
    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.err()).contains("--probe-alias: 'alias kommun.se' is not a host name");
  }

  @Test
  void anUnknownLanguageIsBadInput() {
    Cli r = Cli.run("doctor", "--resolver", "127.0.0.1:53", "--lang", "fi");
    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.err()).contains("--lang: 'fi' is not one of: sv, nb, en");
  }
}
