package eu.vern.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CSV exports from SIEMs and security products, whose header names the columns: the fixture's 46
 * queries written as each would export them give the CSV fixture's report.
 */
class CsvExportsTest {

  @TempDir Path dir;

  /** One of the fixture's queries. */
  record Query(Instant time, String client, String name) {}

  @Test
  void defendersAdvancedHuntingExportWithUrlsDeviceNamesAndSevenDigitFractionsGivesTheSameReport()
      throws IOException {
    // DeviceNetworkEvents projected as an analyst would: the device stands for the client
    Path log = write("defender.csv", "Timestamp,DeviceId,DeviceName,ActionType,RemoteIP,RemotePort,RemoteUrl,"
        + "InitiatingProcessFileName,AdditionalFields", q -> String.format(
            "%s,%s,%s,ConnectionSuccess,198.51.100.20,443,https://%s/path?x=1,msedge.exe,"
                + "\"{\"\"direction\"\":\"\"Outbound\"\",\"\"tags\"\":\"\"a,b\"\"}\"",
            DateTimeFormatter.ISO_INSTANT.format(q.time()).replace("Z", ".0000000Z"),
            "dev-" + q.client().hashCode(), "device-" + q.client().replace(':', '-'),
            q.name().replaceAll("\\.$", "")));

    assertSameReportAsTheCsvFixture(log);
  }

  @Test
  void splunksExportWithTimeSrcAndQueryGivesTheSameReport() throws IOException {
    Path log = write("splunk.csv", "\"_time\",\"src\",\"query\",\"host\",\"sourcetype\"",
        q -> String.format("\"%s\",\"%s\",\"%s\",\"resolver01\",\"stream:dns\"",
            DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(q.time().atOffset(java.time.ZoneOffset.ofHours(1))),
            q.client(), q.name()));

    assertSameReportAsTheCsvFixture(log);
  }

  @Test
  void aSpreadsheetSavedWithSemicolonsAndSpacesInItsHeaderGivesTheSameReport() throws IOException {
    Path log = write("excel.csv", "Time;Client IP;Domain name;Note",
        q -> String.format("%s;%s;%s;\"a; b\"", q.time().toString().replace('T', ' ').replace("Z", ""),
            q.client(), q.name()));

    assertSameReportAsTheCsvFixture(log);
  }

  @Test
  void aFirewallsWebExportWithSlashedDatesAndADomainColumnThatIsNoHostGivesTheSameReport()
      throws IOException {
    // PAN-OS's log export: its first column "Domain" is a placeholder, the host is in URL/Filename
    Path log = write("panos-export.csv", "Domain,Receive Time,Serial #,Type,Threat/Content Type,"
        + "Generate Time,Source address,Destination address,Source User,URL/Filename,Category",
        q -> String.format("1,%s,012801000001,THREAT,url,%1$s,%s,198.51.100.20,,\"%s/\",news",
            DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss").withZone(java.time.ZoneOffset.UTC)
                .format(q.time()), q.client(), q.name()));

    assertSameReportAsTheCsvFixture(log);
  }

  @Test
  void hostsWithPortsAndUrlsWithUsersAreReducedToTheHostAndAnIpv6LiteralStaysWhole() throws IOException {
    Path log = Files.writeString(dir.resolve("hosts.csv"), """
        time,client,url
        2026-11-24T08:00:00Z,10.0.0.1,www.bbc.co.uk:443
        2026-11-24T08:00:01Z,10.0.0.2,https://user@news.bbc.co.uk:8443/a?b#c
        2026-11-24T08:00:02Z,10.0.0.3,[2001:db8::1]:443
        2026-11-24T08:00:03Z,10.0.0.4,2001:db8::1
        """);

    DiscoveryReport r = Fixtures.run(Fixtures.discovery().minClients(1), log);

    assertThat(r.lines().parsed()).isEqualTo(4);
    assertThat(r.unknown()).extracting(DiscoveryReport.DomainUsage::domain, DiscoveryReport.DomainUsage::clients)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("bbc.co.uk", 2L),
            org.assertj.core.groups.Tuple.tuple(Registrable.ADDRESSES, 2L));
  }

  @Test
  void withoutAHeaderNamingItsColumnsATabSeparatedFileIsNotReadAsCsv() throws IOException {
    Path log = Files.writeString(dir.resolve("tabs.csv"), "2026-11-24T08:00:00Z\t10.0.0.1\twww.bbc.co.uk\n");

    assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> Fixtures.discovery()
        .format(LogFormat.CSV).build().run(List.of(LogSource.of(log)))))
        .isInstanceOf(LogFormatException.class)
        .hasMessageContaining("a CSV line needs timestamp,client,name");
  }

  private Path write(String file, String header, Function<Query, String> line) throws IOException {
    List<String> lines = new ArrayList<>(List.of(header));
    for (String row : Files.readAllLines(Fixtures.log("queries.csv")).subList(1, 47)) {
      String[] f = row.split(",");
      lines.add(line.apply(new Query(Instant.parse(f[0]), f[1], f[2])));
    }
    return Files.write(dir.resolve(file), lines);
  }

  private static void assertSameReportAsTheCsvFixture(Path log) {
    DiscoveryReport r = Fixtures.run(Fixtures.discovery(), log);
    DiscoveryReport reference = Fixtures.run(Fixtures.discovery(), Fixtures.log("queries.csv"));
    assertThat(r.formats()).containsExactly("csv");
    assertThat(r.lines().parsed()).isEqualTo(46);
    assertThat(r.services()).isEqualTo(reference.services());
    assertThat(r.unknown()).isEqualTo(reference.unknown());
    assertThat(r.timeline()).isEqualTo(reference.timeline());
    assertThat(r.firstSeen()).isEqualTo(reference.firstSeen());
  }
}
