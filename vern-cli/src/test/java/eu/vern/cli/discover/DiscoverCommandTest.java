package eu.vern.cli.discover;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.vern.cli.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vern discover} as a user runs it, on the discovery module's fixture logs. */
class DiscoverCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path HOME = Path.of(System.getProperty("vern.home", "."));
  private static final Path RESOURCES = HOME.resolve("vern-discovery/src/test/resources");
  private static final String CATALOG = RESOURCES.resolve("catalog").toString();
  private static final List<String> LOGS = List.of("bind-query.log", "unbound.log",
      "dnsmasq.log", "pihole.log", "zeek-dns.log", "zeek-dns.json", "squid-access.log",
      "windows-dns.log", "windows-dns-analytic.json", "windows-dns-analytic.xml", "umbrella-dns.csv",
      "fortigate-dns.log", "fortigate-webfilter.log", "panos-url.log", "adguard-home.json",
      "sophos-webfilter.log",
      "queries.csv",
      "zeek-dns-cname.log", "zeek-dns-cname.json",
      "unbound-replies-destaddr.log");
  private static final List<String> CLIENTS = List.of("10.20.1.11", "10.20.1.12", "10.20.1.13",
      "10.20.1.14", "10.20.1.15", "10.20.1.16", "10.30.0.21", "10.30.0.22", "10.30.0.23",
      "2001:db8:30::7",
      // Umbrella's Active Directory users
      "elev.elva", "anna.handlaggare");

  @TempDir Path dir;

  private static String log(String name) {
    return RESOURCES.resolve("logs").resolve(name).toString();
  }

  @Test
  void jsonListsServicesUnknownDomainsAndTheSuppressedCount() throws Exception {
    Cli cli = Cli.run("discover", "--catalog", CATALOG, "--json", log("bind-query.log"));
    assertThat(cli.exitCode()).as(cli.err()).isZero();
    JsonNode r = JSON.readTree(cli.out());
    assertThat(r.at("/lines/total").asLong()).isEqualTo(48);
    assertThat(r.at("/lines/parsed").asLong()).isEqualTo(46);
    assertThat(r.at("/lines/malformed").asLong()).isEqualTo(1);
    assertThat(r.at("/services/0/id").asText()).isEqualTo("dragon-chat");
    // The shipped municipal baseline assesses the fixture: a chat service run from China is blocked.
    assertThat(r.at("/services/0/verdict").asText()).isEqualTo("block");
    assertThat(r.at("/services/0/clients").asLong()).isEqualTo(7);
    assertThat(r.at("/unknown/0/domain").asText()).isEqualTo("bbc.co.uk");
    assertThat(r.at("/suppressed").asInt()).isEqualTo(2);
    assertThat(cli.err()).contains("1 malformed line skipped").contains("bind-query.log:23:");
  }

  @Test
  void aCnameIntoAServiceTheGuidelineBlocksIsReportedAsALeakInJsonAndText() throws Exception {
    Cli cli = Cli.run("discover", "--catalog", CATALOG, "--json", log("zeek-dns-cname.log"));
    assertThat(cli.exitCode()).as(cli.err()).isZero();
    JsonNode r = JSON.readTree(cli.out());
    // The shipped municipal baseline blocks the fixture's chat service run from China.
    assertThat(r.at("/cnameLeaks/0/domain").asText()).isEqualTo("kommun.se");
    assertThat(r.at("/cnameLeaks/0/service").asText()).isEqualTo("dragon-chat");
    assertThat(r.at("/cnameLeaks/0/verdict").asText()).isEqualTo("block");
    assertThat(r.at("/cnameLeaks/0/clients").asLong()).isEqualTo(10);

    Cli text = Cli.run("discover", "--catalog", CATALOG, log("zeek-dns-cname.log"));
    assertThat(text.out()).contains(
        "LEAK: kommun.se answers with a CNAME into dragon-chat, whose verdict is block"
            + " (10 clients, 10 queries)");
  }

  @Test
  void aBrokenGuidelineIsBadInputAlthoughItsRulesCompileWhileTheLogIsRead() throws Exception {
    Path broken = Path.of(DiscoverCommandTest.class.getResource("/guidelines/broken-rule.yaml").toURI());
    // one query, below --min-clients: no verdict is ever asked for, the guideline still counts
    Path oneQuery = dir.resolve("one-query.log");
    Files.writeString(oneQuery, "24-Nov-2026 08:00:00.000 client @0x1 192.0.2.1#5300"
        + " (www.example.org): query: www.example.org IN A +E(0)K (192.0.2.53)\n");
    for (String log : List.of(log("bind-query.log"), log("zeek-dns-cname.log"), oneQuery.toString())) {
      Cli cli = Cli.run("discover", "--catalog", CATALOG, "--guideline", broken.toString(), "--json",
          log);
      assertThat(cli.exitCode()).as(log).isEqualTo(2);
      assertThat(cli.err()).contains("broken-rule.yaml:13:").contains("rule 'typo'")
          .doesNotContain("Exception");
      assertThat(cli.out()).as("no report from a run whose guideline is broken").isEmpty();
    }
  }

  @Test
  @org.junit.jupiter.api.Timeout(value = 120, threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD)
  void aBrokenGuidelineStopsTheReadingOfALogThatNeverEnds() throws Exception {
    Path broken = Path.of(DiscoverCommandTest.class.getResource("/guidelines/broken-rule.yaml").toURI());
    Path fifo = dir.resolve("endless.log");
    assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
    byte[] line = ("24-Nov-2026 08:00:00.000 client @0x1 192.0.2.1#5300 (www.example.org): query:"
        + " www.example.org IN A +E(0)K (192.0.2.53)\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    // Vern opens the log twice (a look at its first bytes, then the reading), so the writer opens
    // the pipe again whenever a reader goes away.
    Thread writer = new Thread(() -> {
      while (!Thread.currentThread().isInterrupted()) {
        try (var out = Files.newOutputStream(fifo)) {
          while (true) {
            out.write(line);
          }
        } catch (java.io.IOException e) {
          // this reader went away; wait for the next
        }
      }
    }, "endless-log");
    writer.setDaemon(true);
    writer.start();

    // Were reading to go on until the log ends, this would never return.
    Cli cli = Cli.run("discover", "--catalog", CATALOG, "--guideline", broken.toString(), "--json",
        fifo.toString());

    writer.interrupt();
    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err()).contains("broken-rule.yaml:13:").doesNotContain("Exception");
  }

  @Test
  void noOutputOrMessageEverHoldsAClientAddress() throws Exception {
    Path audiences = dir.resolve("audiences.txt");
    Files.writeString(audiences, "10.20.0.0/16 pupils\n10.30.0.0/16 staff\n2001:db8:30::/48 staff\n");
    for (String log : LOGS) {
      StringBuilder everything = new StringBuilder();
      Path html = dir.resolve(log + ".html");
      Path csv = dir.resolve(log + ".csv");
      for (List<String> mode : List.of(List.of("--json"), List.of("--html", html.toString()),
          List.of("--csv", csv.toString()), List.<String>of())) {
        List<String> args = new java.util.ArrayList<>(List.of("discover", "--catalog", CATALOG,
            "--min-clients", "1", "--subnets", audiences.toString()));
        args.addAll(mode);
        args.add(log(log));
        Cli cli = Cli.run(args.toArray(String[]::new));
        assertThat(cli.exitCode()).as(log + " " + mode + cli.err()).isZero();
        everything.append(cli.out()).append(cli.err());
      }
      everything.append(Files.readString(html)).append(Files.readString(csv));
      assertThat(everything.toString()).contains("dragon-chat");
      for (String client : CLIENTS) {
        assertThat(everything.toString()).as(log).doesNotContain(client);
      }
    }
  }

  @Test
  void aLogOfAnotherFormatIsBadInputNamingTheFileAndLineWithoutAStackTrace() {
    Cli cli = Cli.run("discover", "--catalog", CATALOG, "--format", "bind", log("squid-access.log"));
    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err())
        .contains(log("squid-access.log") + ":1: not a BIND query log")
        .doesNotContain("Exception")
        .doesNotContain("\tat ")
        .doesNotContain("10.20.1.11");
  }

  @Test
  void aDamagedSqliteDatabaseIsBadInputNamingTheFileWithoutAStackTrace() throws Exception {
    Path db = dir.resolve("pihole-FTL.db");
    byte[] bytes = new byte[8192];
    byte[] header = "SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    System.arraycopy(header, 0, bytes, 0, header.length);
    java.util.Arrays.fill(bytes, header.length, bytes.length, (byte) 0x5a);
    Files.write(db, bytes);

    Cli cli = Cli.run("discover", "--catalog", CATALOG, db.toString());

    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err())
        .startsWith(db + ": not a Pi-hole long-term query database: ")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
  }

  @Test
  void aDirectoryIsReadWithEveryFileUnderItAndAnEmptyOneIsBadInput() throws Exception {
    Path export = dir.resolve("dnslogs");
    Files.createDirectories(export.resolve("2026-11-24"));
    Files.createDirectories(export.resolve(".cache"));
    Files.copy(Path.of(log("umbrella-dns.csv")), export.resolve("2026-11-24/2026-11-24-08-00-a1b2.csv"));
    Files.copy(Path.of(log("queries.csv")), export.resolve("2026-11-24/2026-11-24-08-10-c3d4.csv"));
    Files.writeString(export.resolve(".cache/state"), "not a log");

    Cli cli = Cli.run("discover", "--catalog", CATALOG, "--json", export.toString());

    assertThat(cli.exitCode()).as(cli.err()).isZero();
    JsonNode r = JSON.readTree(cli.out());
    assertThat(r.at("/lines/parsed").asInt()).isEqualTo(92);
    Path empty = Files.createDirectories(dir.resolve("empty"));
    Cli none = Cli.run("discover", "--catalog", CATALOG, empty.toString());
    assertThat(none.exitCode()).isEqualTo(2);
    assertThat(none.err()).contains(empty + ": a directory with no log files in it");
  }

  @Test
  void badOptionsAreBadInputWithTheValueShown() {
    Cli k = Cli.run("discover", "--catalog", CATALOG, "--min-clients", "0", log("queries.csv"));
    assertThat(k.exitCode()).isEqualTo(2);
    assertThat(k.err()).contains("--min-clients: must be at least 1, got 0");
    Cli since = Cli.run("discover", "--catalog", CATALOG, "--since", "last week", log("queries.csv"));
    assertThat(since.exitCode()).isEqualTo(2);
    assertThat(since.err()).contains("--since: 'last week' is not a date or time");
    Cli format = Cli.run("discover", "--catalog", CATALOG, "--format", "syslog", log("queries.csv"));
    assertThat(format.exitCode()).isEqualTo(2);
    assertThat(format.err()).contains("'syslog' is not one of auto, bind");
    Cli missing = Cli.run("discover", "--catalog", CATALOG, dir.resolve("nope.log").toString());
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("nope.log: no such file");
  }

  @Test
  void aClientKeyFileMustHoldSixteenBytesOfSecret() throws Exception {
    Path shortKey = dir.resolve("short.key");
    Files.writeString(shortKey, "secret");
    Cli cli = Cli.run("discover", "--catalog", CATALOG, "--client-key", shortKey.toString(),
        log("queries.csv"));
    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err()).contains("short.key: a client key file needs at least 16 bytes");
    Path key = dir.resolve("good.key");
    Files.writeString(key, "0123456789abcdef0123456789abcdef");
    Cli withKey = Cli.run("discover", "--catalog", CATALOG, "--client-key", key.toString(),
        "--json", log("queries.csv"));
    assertThat(withKey.exitCode()).as(withKey.err()).isZero();
    assertThat(withKey.out()).doesNotContain("0123456789abcdef");
  }

  @Test
  void theHtmlReportHasHeadingsCaptionsTextVerdictsAndAChart() throws Exception {
    Path html = dir.resolve("report.html");
    Cli cli = Cli.run("discover", "--catalog", CATALOG, "--html", html.toString(), log("zeek-dns.log"));
    assertThat(cli.exitCode()).as(cli.err()).isZero();
    String page = Files.readString(html);
    assertThat(page).contains("<html lang=\"en\">", "<h1>", "<caption>", "<svg role=\"img\"",
        "<title id=\"chart-title\">", "block", "Services reached through an alias",
        "schoolportal.se");
  }

  @Test
  void aWindowsLogWhoseDatesNeverShowTheirOrderGetsANoteOnStandardErrorUnlessDayFirstIsGiven()
      throws Exception {
    Path early = dir.resolve("dns-early.log");
    Files.writeString(early, Files.readString(Path.of(log("windows-dns.log")))
        .replace("11/24/2026", "11/5/2026"));
    Cli cli = Cli.run("discover", "--catalog", CATALOG, early.toString());
    assertThat(cli.exitCode()).as(cli.err()).isZero();
    assertThat(cli.err()).contains("vern: note: " + early + ": every date is written with slashes")
        .contains("--day-first");
    Cli dayFirst = Cli.run("discover", "--catalog", CATALOG, "--day-first", early.toString());
    assertThat(dayFirst.exitCode()).as(dayFirst.err()).isZero();
    assertThat(dayFirst.err()).doesNotContain("note:");
  }

  @Test
  void aSquidLogInTheSitesOwnLogformatIsReadAndABadDefinitionIsBadInput() throws Exception {
    Path log = dir.resolve("access.log");
    Files.writeString(log, "1795507200.000 10.20.1.11 chat.dragon-chat.test\n");
    Cli cli = Cli.run("discover", "--catalog", CATALOG, "--json", "--min-clients", "1",
        "--squid-logformat", "logformat vern %ts.%03tu %>a %>rd", log.toString());
    assertThat(cli.exitCode()).as(cli.err()).isZero();
    assertThat(JSON.readTree(cli.out()).path("services").get(0).path("id").asText())
        .isEqualTo("dragon-chat");
    Cli bad = Cli.run("discover", "--catalog", CATALOG, "--squid-logformat", "%ts %>a%rm %ru",
        log.toString());
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("--squid-logformat: the Squid logformat '%ts %>a%rm %ru' at character 8")
        .doesNotContain("Exception");
  }

  @Test
  void sinceAndUntilTakeADateOrATime() throws Exception {
    Cli cli = Cli.run("discover", "--catalog", CATALOG, "--json", "--min-clients", "1",
        "--since", "2026-11-24T08:10", "--until", "2026-11-24T08:20:00Z", log("queries.csv"));
    assertThat(cli.exitCode()).as(cli.err()).isZero();
    assertThat(JSON.readTree(cli.out()).at("/lines/parsed").asLong()).isEqualTo(16);
  }

  @Test
  void verdictsComeFromTheGuidelineAndTheAudiencesFileMapsClientNetworksToAudiences() throws Exception {
    String audiences = Path.of(DiscoverCommandTest.class.getResource("/audiences/two-audiences.yaml").toURI()).toString();
    Cli cli = Cli.run("discover", "--catalog", CATALOG, "--audiences", audiences, "--min-clients", "1",
        "--json", log("bind-query.log"));
    assertThat(cli.exitCode()).as(cli.err()).isZero();
    JsonNode root = new ObjectMapper().readTree(cli.out());
    JsonNode dragon = null;
    for (JsonNode s : root.get("services")) {
      if (s.get("id").asText().equals("dragon-chat")) {
        dragon = s;
      }
    }
    assertThat(dragon).isNotNull();
    assertThat(dragon.get("verdict").asText()).isEqualTo("block");
    JsonNode pupils = null;
    for (JsonNode a : root.get("audiences")) {
      if (a.get("audience").asText().equals("pupils-primary")) {
        pupils = a;
      }
    }
    assertThat(pupils).isNotNull();
    assertThat(pupils.get("services").toString()).contains("dragon-chat").contains("\"verdict\":\"block\"");
    assertThat(cli.out()).doesNotContain("10.20.1.");
  }
}
