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
 * Cisco Umbrella's DNS log: the fixture is in the shared format tests; these cover what Umbrella's
 * layout adds — times always in UTC, the identity that stands in for a missing internal IP, Cisco's
 * own spacing and later schema versions' extra fields, and samples that never show an identity.
 */
class UmbrellaTest {

  private static final Path FIXTURE = Fixtures.log(Fixtures.LOGS.get(LogFormat.UMBRELLA));

  @Test
  void timesAreUtcWhateverZoneTheOtherLogsAreReadIn() {
    DiscoveryReport r = Fixtures.run(Fixtures.discovery().zone(ZoneId.of("Europe/Stockholm")), FIXTURE);

    assertThat(r.firstSeen()).isEqualTo(Instant.parse("2026-11-24T08:00:00Z"));
    assertThat(r.lastSeen()).isEqualTo(Instant.parse("2026-11-24T08:27:45Z"));
  }

  @Test
  void withoutAnInternalIpThePolicyIdentityIsTheClientAndIsNeverShown(@TempDir Path dir)
      throws IOException {
    // five roaming laptops reach Umbrella without an internal address; each counts as one client
    StringBuilder log = new StringBuilder();
    for (int i = 1; i <= 5; i++) {
      log.append("\"2026-11-24 09:00:0").append(i).append("\",\"Laptop-Rektor-").append(i)
          .append("\",\"Laptop-Rektor-").append(i).append(",Kommunen\",\"\",\"198.51.100.7\",\"Allowed\",")
          .append("\"1 (A)\",\"NOERROR\",\"chat.nordic-chat.test.\",\"Chat\",\"Roaming Computer\",")
          .append("\"Roaming Computer,Network\",\"\"\n");
    }
    Path file = Files.writeString(dir.resolve("dnslogs.csv"), log);

    DiscoveryReport r = Fixtures.run(Fixtures.discovery().format(LogFormat.UMBRELLA), file);

    assertThat(r.services()).singleElement().satisfies(s -> {
      assertThat(s.id()).isEqualTo("nordic-chat");
      assertThat(s.clients()).isEqualTo(5);
    });
    assertThat(ReportJson.write(r) + ReportHtml.write(r) + ReportCsv.write(r)).doesNotContain("Rektor");
  }

  @Test
  void ciscosOwnSpacingAndLaterSchemaVersionsExtraFieldsAreRead(@TempDir Path dir) throws IOException {
    // spaces after some commas, as Cisco's documented examples show; rule id, destination
    // countries and organisation id after the thirteen fields of the first versions
    Path file = Files.writeString(dir.resolve("dnslogs.csv"), """
        "2026-11-24 10:00:00","Skolnätet", "Skolnätet,Kommunen", "10.20.1.11","198.51.100.7","Allowed","1 (A)", "NOERROR","www.bbc.co.uk.", "News","Site","Site,Network",""
        "2026-11-24 10:00:01","Skolnätet","Skolnätet,Kommunen","10.20.1.12","198.51.100.7","Allowed","1 (A)","NOERROR","www.bbc.co.uk.","News","Site","Site,Network","","12345","GB","2345678"
        """);

    DiscoveryReport r = Fixtures.run(Fixtures.discovery().minClients(1), file);

    assertThat(r.formats()).containsExactly("umbrella");
    assertThat(r.lines().parsed()).isEqualTo(2);
    assertThat(r.unknown()).singleElement().satisfies(u -> {
      assertThat(u.domain()).isEqualTo("bbc.co.uk");
      assertThat(u.clients()).isEqualTo(2);
    });
  }

  @Test
  void aMalformedLinesSampleShowsNeitherTheIdentityNorTheIdentitiesNorAnAddress() {
    byte[] line = ("\"2026-11-24 25:00:00\",\"anna.handlaggare@kommun.example\","
        + "\"anna.handlaggare@kommun.example,Förvaltningsnätet\",\"10.30.0.21\",\"198.51.100.7\","
        + "\"Allowed\",\"1 (A)\",\"NOERROR\",\"chat.nordic-chat.test.\"").getBytes(StandardCharsets.UTF_8);
    UmbrellaParser parser = new UmbrellaParser(new Times(ZoneId.of("UTC"), 0, false));
    Event e = new Event();

    assertThat(parser.parse(line, 0, line.length, e)).isEqualTo(LineParser.MALFORMED);
    assertThat(e.reason).contains("yyyy-mm-dd hh:mm:ss");
    assertThat(parser.sample(line, 0, line.length))
        .startsWith("\"2026-11-24 25:00:00\",\"<identity>\",\"<identities>\",\"<address>\"")
        .doesNotContain("anna")
        .doesNotContain("10.30.0.21");
  }

  @Test
  void squidSamplesLeaveOutTheUserNamesAProxyWithAuthenticationRecords() {
    SquidParser squid = new SquidParser(new Times(ZoneId.of("UTC"), 0, false));
    byte[] nativeLine = "1764000000.123 17 10.30.0.21 TCP_TUNNEL/200 3911 CONNECT broken anna.handlaggare HIER_DIRECT/x -"
        .getBytes(StandardCharsets.US_ASCII);
    byte[] commonLine = "10.30.0.21 - anna.handlaggare [24/Nov/2026:08:00:00 +0100] broken"
        .getBytes(StandardCharsets.US_ASCII);

    assertThat(squid.sample(nativeLine, 0, nativeLine.length))
        .isEqualTo("1764000000.123 17 <address> TCP_TUNNEL/200 3911 CONNECT broken <user> HIER_DIRECT/x -");
    assertThat(squid.sample(commonLine, 0, commonLine.length))
        .isEqualTo("<address> - <user> [24/Nov/2026:08:00:00 +0100] broken");
  }
}
