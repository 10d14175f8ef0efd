package eu.vern.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Windows DNS Server analytic events. The fixtures hold the 46 shared queries as event 256
 * (QUERY_RECEIVED) with the events the server logs around each: 257 RESPONSE_SUCCESS to the client
 * and, for every fourth query, 260 RECURSE_QUERY_OUT and 261 RECURSE_RESPONSE_IN to and from an
 * upstream server (whose {@code Source} is that server, not a client). The event data fields are
 * those of Microsoft's event templates (DNS Logging and Diagnostics, Windows Server 2012 R2 and
 * later), with a real query or response packet in {@code PacketData}; {@code
 * windows-dns-analytic.json} uses the field names NXLog's im_etw writes (EventTime in the
 * collector's local time, without a zone; EventID; SourceName), {@code windows-dns-analytic.xml}
 * the XML Windows renders for each event, one per line.
 */
class WindowsDnsAnalyticTest {

  @Test
  void onlyQueryReceivedEventsCountAndResponsesAndRecursionAreIgnored() {
    for (String log : List.of("windows-dns-analytic.json", "windows-dns-analytic.xml")) {
      DiscoveryReport r = Fixtures.run(LogFormat.WINDOWS_DNS_ANALYTIC, log);
      // 46 queries, 46 responses, 12 recursions out and 12 back in
      assertThat(r.lines()).as(log).isEqualTo(new DiscoveryReport.Lines(116, 46, 0, 70, 0));
    }
  }

  @Test
  void elasticsEtwInputWithItsEventDataNestedUnderWinlogIsReadToo(@TempDir Path dir)
      throws IOException {
    // Elastic's ETW input: the event data under winlog.event_data, the id as event.code, the time
    // as @timestamp; an "error.code" elsewhere is not the event id
    Path log = dir.resolve("etw.ndjson");
    Files.write(log, List.of(
        "{\"@timestamp\":\"2026-11-24T08:00:00.123Z\",\"error\":{\"code\":\"7\"},"
            // a rendered message with escaped quotes and a trailing backslash is skipped whole
            + "\"message\":\"QUERY_RECEIVED: Source=\\\"10.30.0.99\\\"; QNAME=x.test. C:\\\\\","
            + "\"event\":{\"code\":\"256\",\"provider\":\"Microsoft-Windows-DNSServer\"},"
            + "\"winlog\":{\"channel\":\"Microsoft-Windows-DNSServer/Analytical\","
            + "\"event_data\":{\"TCP\":\"0\",\"InterfaceIP\":\"10.20.0.53\",\"Source\":\"10.30.0.21\","
            + "\"RD\":\"1\",\"QNAME\":\"chat.dragon-chat.test.\",\"QTYPE\":\"1\"},"
            + "\"keywords\":[\"QUERY_RECEIVED\"]}}",
        "{\"@timestamp\":\"2026-11-24T08:00:00.125Z\",\"event\":{\"code\":\"257\"},"
            + "\"winlog\":{\"event_data\":{\"Destination\":\"10.30.0.21\","
            + "\"QNAME\":\"chat.dragon-chat.test.\"}}}"));

    DiscoveryReport r = Fixtures.run(Fixtures.discovery().format(LogFormat.WINDOWS_DNS_ANALYTIC)
        .minClients(1), log);

    assertThat(r.lines()).isEqualTo(new DiscoveryReport.Lines(2, 1, 0, 1, 0));
    assertThat(r.services()).singleElement().satisfies(s -> {
      assertThat(s.id()).isEqualTo("dragon-chat");
      assertThat(s.firstSeen()).isEqualTo(Instant.parse("2026-11-24T08:00:00.123Z"));
    });
    assertThat(Fixtures.run(Fixtures.discovery(), log).formats())
        .containsExactly("windows-dns-analytic");
  }

  @Test
  void nxlogTimesWithoutAZoneAreReadInTheZoneOfTheRun(@TempDir Path dir) throws IOException {
    // a Swedish server's collector writes local time: 09:00 in Stockholm is 08:00 UTC
    Path local = dir.resolve("local.json");
    Files.writeString(local, Files.readString(Fixtures.log("windows-dns-analytic.json"))
        .replace("\"EventTime\":\"2026-11-24 08:", "\"EventTime\":\"2026-11-24 09:"));

    DiscoveryReport r = Fixtures.run(Fixtures.discovery().format(LogFormat.WINDOWS_DNS_ANALYTIC)
        .zone(ZoneId.of("Europe/Stockholm")), local);

    DiscoveryReport reference = Fixtures.run(LogFormat.WINDOWS_DNS_ANALYTIC,
        "windows-dns-analytic.json");
    assertThat(r.firstSeen()).isEqualTo(reference.firstSeen());
    assertThat(r.timeline()).isEqualTo(reference.timeline());
  }

  @Test
  void aQueryEventWithoutItsClientOrIdOrSeveralEventsOnOneLineAreMalformedWithTheReason(@TempDir Path dir)
      throws IOException {
    Path log = dir.resolve("broken.xml");
    String good = Files.readAllLines(Fixtures.log("windows-dns-analytic.xml")).getFirst();
    Files.write(log, List.of(good,
        good.replace("<Data Name='Source'>10.20.1.11</Data>", ""),
        good.replace("<EventID>256</EventID>", ""),
        "QUERY_RECEIVED: TCP=0; Source=10.20.1.11; QNAME=chat.dragon-chat.test.",
        good + good,
        "{\"EventID\":256,\"Source\":\"10.20.1.11\"}}{\"QNAME\":[{\"x\":1}]}"));

    DiscoveryReport r = Fixtures.run(Fixtures.discovery().format(LogFormat.WINDOWS_DNS_ANALYTIC)
        .minClients(1), log);

    assertThat(r.lines()).isEqualTo(new DiscoveryReport.Lines(6, 1, 5, 0, 0));
    assertThat(r.malformedSamples()).extracting(DiscoveryReport.MalformedLine::reason)
        .containsExactly(
            "a QUERY_RECEIVED event (256) without its client (Source)",
            "no event id (EventID) in a Windows DNS analytic event",
            "a Windows DNS analytic event must be a JSON object or an <Event> element on one line",
            "several <Event> elements on one line: write one event per line"
                + " (PowerShell: ForEach-Object { $_.ToXml() })",
            "a JSON line that closes more objects than it opens");
  }

  @Test
  void anExportWithoutQueryEventsGetsANoteOnTheAnalyticChannel(@TempDir Path dir)
      throws IOException {
    Path responses = dir.resolve("responses.json");
    Files.write(responses, Files.readAllLines(Fixtures.log("windows-dns-analytic.json")).stream()
        .filter(l -> !l.contains("\"EventID\":256,")).toList());

    DiscoveryReport r = Fixtures.run(Fixtures.discovery().format(LogFormat.WINDOWS_DNS_ANALYTIC),
        responses);

    assertThat(r.lines().parsed()).isZero();
    assertThat(r.notes()).singleElement().asString()
        .contains("QUERY_RECEIVED").contains("Microsoft-Windows-DNSServer/Analytical");
  }
}
