package eu.vern.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * FortiGate's logs: the DNS filter fixture and the web filter one are in the shared format tests;
 * these cover which kind of entry counts, FortiOS 6.0's layout, the three ways a time is written,
 * and samples without users, groups or MAC addresses.
 */
class FortiGateTest {

  private static final String QUERY_60 = "date=2026-11-24 time=09:00:00 logid=\"1500054000\" type=\"dns\""
      + " subtype=\"dns-query\" level=\"information\" vd=\"root\" eventtime=%s policyid=1 srcip=%s"
      + " srcport=5353 dstip=10.0.0.53 dstport=53 proto=17 qname=\"%s\" qtype=\"A\" qtypeval=1 qclass=\"IN\"";
  private static final String RESPONSE_70 = "date=2026-11-24 time=09:00:01 eventtime=1795507201000000000"
      + " tz=\"+0100\" logid=\"1501054802\" type=\"utm\" subtype=\"dns\" eventtype=\"dns-response\""
      + " srcip=%s qname=\"%s\" action=\"pass\" cat=52 catdesc=\"Information Technology\"";

  @Test
  void fortiOs60sDnsQueriesWithEventtimeInSecondsAreRead(@TempDir Path dir) throws IOException {
    Path log = write(dir, String.format(QUERY_60, "1795507200", "10.30.0.21", "chat.nordic-chat.test"),
        String.format(QUERY_60, "1795507260", "10.30.0.22", "chat.nordic-chat.test"));

    DiscoveryReport r = Fixtures.run(Fixtures.discovery().minClients(1), log);

    assertThat(r.formats()).containsExactly("fortigate");
    assertThat(r.services()).singleElement().satisfies(s -> assertThat(s.clients()).isEqualTo(2));
    assertThat(r.firstSeen()).isEqualTo(Instant.parse("2026-11-24T08:00:00Z"));
    assertThat(r.lastSeen()).isEqualTo(Instant.parse("2026-11-24T08:01:00Z"));
  }

  @Test
  void responsesCountOnlyWhenTheFileHoldsNoQueries(@TempDir Path dir) throws IOException {
    String response = String.format(RESPONSE_70, "10.30.0.21", "chat.nordic-chat.test");
    Path onlyResponses = write(dir, response);
    Path both = dir.resolve("both.log");
    Files.writeString(both, String.format(QUERY_60, "1795507200", "10.30.0.21", "chat.nordic-chat.test")
        + "\n" + response + "\n");

    assertThat(Fixtures.run(Fixtures.discovery().minClients(1), onlyResponses).lines().parsed()).isEqualTo(1);
    DiscoveryReport r = Fixtures.run(Fixtures.discovery().minClients(1), both);
    assertThat(r.lines().parsed()).isEqualTo(1);
    assertThat(r.lines().ignored()).isEqualTo(1);
  }

  @Test
  void withoutEventtimeTheDateAndTimeAreReadAtTzOrElseInTheConfiguredZone(@TempDir Path dir)
      throws IOException {
    String web = "date=2026-11-24 time=09:00:00%s logid=\"0316013057\" type=\"utm\" subtype=\"webfilter\""
        + " srcip=10.30.0.21 hostname=\"www.bbc.co.uk\" action=\"passthrough\"";
    Path withTz = write(dir, String.format(web, " tz=\"+0100\""));
    Path zoneLess = dir.resolve("zoneless.log");
    Files.writeString(zoneLess, String.format(web, "") + "\n");

    assertThat(Fixtures.run(Fixtures.discovery().zone(ZoneId.of("UTC")), withTz).firstSeen())
        .isEqualTo(Instant.parse("2026-11-24T08:00:00Z"));
    assertThat(Fixtures.run(Fixtures.discovery().zone(ZoneId.of("Europe/Oslo")), zoneLess).firstSeen())
        .isEqualTo(Instant.parse("2026-11-24T08:00:00Z"));
  }

  @Test
  void aMalformedLinesSampleLeavesOutUsersGroupsAndMacAddresses() {
    byte[] line = ("date=2026-11-24 time=99:00:00 logid=\"1500054000\" type=\"utm\" subtype=\"dns\""
        + " eventtype=\"dns-query\" user=\"anna handlaggare\" group=\"Handlaggare\" srcip=10.30.0.21"
        + " srcmac=\"02:00:0a:1e:00:15\" qname=\"chat.nordic-chat.test\"").getBytes(StandardCharsets.UTF_8);
    FortiGateParser parser = new FortiGateParser(new Times(ZoneId.of("UTC"), 0, false),
        FortiGateParser.Mode.QUERIES);
    Event e = new Event();

    assertThat(parser.parse(line, 0, line.length, e)).isEqualTo(LineParser.MALFORMED);
    assertThat(parser.sample(line, 0, line.length))
        .contains("user=<hidden> group=<hidden> srcip=<address> srcmac=<hidden>")
        .doesNotContain("anna")
        .doesNotContain("Handlaggare")
        .doesNotContain("02:00");
  }

  @Test
  void linesThatAreNoFortigateEntriesAreMalformedWithTheFieldsItNeeds(@TempDir Path dir)
      throws IOException {
    Path log = write(dir, "date=2026-11-24 time=09:00:00 srcip=10.0.0.1 qname=\"a.test\"");
    FortiGateParser parser = new FortiGateParser(new Times(ZoneId.of("UTC"), 0, false),
        FortiGateParser.Mode.QUERIES);
    byte[] line = Files.readAllBytes(log);
    Event e = new Event();

    assertThat(parser.parse(line, 0, line.length - 1, e)).isEqualTo(LineParser.MALFORMED);
    assertThat(e.reason).contains("logid=");
  }

  @Test
  void aFileOfTrafficEntriesOnlyGetsANoteOnWhichLogsNameHosts(@TempDir Path dir) throws IOException {
    Path log = write(dir, "date=2026-11-24 time=09:00:00 logid=\"0000000013\" type=\"traffic\""
        + " subtype=\"forward\" srcip=10.30.0.21 dstip=198.51.100.20 dstport=443 action=\"close\"");

    DiscoveryReport r = Fixtures.run(Fixtures.discovery().format(LogFormat.FORTIGATE), log);

    assertThat(r.lines().parsed()).isZero();
    assertThat(r.notes()).singleElement().asString()
        .contains("none of its 1 lines is a query")
        .contains("DNS filter entries");
  }

  @Test
  void dnsEntriesThatAppearOnlyAfterTheFirstLinesOfAMixedStreamAreNamedInANote(@TempDir Path dir)
      throws IOException {
    String web = "date=2026-11-24 time=09:00:00 tz=\"+0100\" logid=\"0316013057\" type=\"utm\""
        + " subtype=\"webfilter\" srcip=10.30.0.21 hostname=\"www.bbc.co.uk\"";
    StringBuilder log = new StringBuilder();
    for (int i = 0; i < Formats.HEAD_LINES; i++) {
      log.append(web).append('\n');
    }
    log.append(String.format(QUERY_60, "1795507200", "10.30.0.21", "chat.nordic-chat.test")).append('\n');
    Path file = Files.writeString(dir.resolve("mixed.log"), log);

    DiscoveryReport r = Fixtures.run(Fixtures.discovery().minClients(1), file);

    assertThat(r.lines().parsed()).isEqualTo(Formats.HEAD_LINES);
    assertThat(r.notes()).singleElement().asString()
        .contains("had set its web filter entries to be counted, and 1 of them were not counted");
  }

  private static Path write(Path dir, String... lines) throws IOException {
    return Files.writeString(dir.resolve("fortigate.log"), String.join("\n", lines) + "\n");
  }
}
