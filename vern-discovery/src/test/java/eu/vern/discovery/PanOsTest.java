package eu.vern.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * PAN-OS URL Filtering entries: the fixture (behind syslog headers, among traffic entries) is in the
 * shared format tests; these cover the times, the URL field's forms, what is not a PAN-OS line, and
 * samples without users.
 */
class PanOsTest {

  private final PanOsParser parser = new PanOsParser(new Times(ZoneId.of("Europe/Stockholm"), 0, false));
  private final Event e = new Event();

  @Test
  void theGeneratedTimeIsReadInTheConfiguredZoneAndTheReceiveTimeStandsInWhenItIsEmpty() {
    assertThat(parse(entry("2026/11/24 09:00:00", "2026/11/24 09:00:05", "\"www.bbc.co.uk/news\"")))
        .isEqualTo(LineParser.QUERY);
    assertThat(e.time).isEqualTo(java.time.Instant.parse("2026-11-24T08:00:05Z").toEpochMilli());
    assertThat(parse(entry("2026/11/24 09:00:00", "", "\"www.bbc.co.uk/news\""))).isEqualTo(LineParser.QUERY);
    assertThat(e.time).isEqualTo(java.time.Instant.parse("2026-11-24T08:00:00Z").toEpochMilli());
  }

  @Test
  void theHostComesFromTheUrlFieldWithOrWithoutPortPathOrQuotes() {
    for (String url : new String[] {"\"www.bbc.co.uk/news?x=1\"", "www.bbc.co.uk:443/", "www.bbc.co.uk"}) {
      assertThat(parse(entry("", "2026/11/24 09:00:00", url))).as(url).isEqualTo(LineParser.QUERY);
      assertThat(new String(e.nameBuf, e.nameFrom, e.nameTo - e.nameFrom, StandardCharsets.US_ASCII))
          .as(url).isEqualTo("www.bbc.co.uk");
    }
  }

  @Test
  void otherLogTypesAreIgnoredAndALineWithoutATypeIsMalformed() {
    String traffic = entry("", "2026/11/24 09:00:00", "x").replace(",THREAT,url,", ",TRAFFIC,end,");
    assertThat(parse(traffic)).isEqualTo(LineParser.IGNORED);
    assertThat(parse("Nov 24 09:00:00 fw01 something happened, said the firewall")).isEqualTo(LineParser.MALFORMED);
    assertThat(e.reason).contains("fourth comma-separated field");
  }

  @Test
  void aMalformedLinesSampleStopsBeforeTheUsers() {
    String line = entry("", "2026/99/24 09:00:00", "\"www.bbc.co.uk/\"");
    assertThat(parse(line)).isEqualTo(LineParser.MALFORMED);
    byte[] b = line.getBytes(StandardCharsets.UTF_8);
    assertThat(parser.sample(b, 0, b.length))
        .endsWith("skola-internet,…")
        .doesNotContain("anna")
        .doesNotContain("10.30.0.21");
  }

  private int parse(String line) {
    byte[] b = line.getBytes(StandardCharsets.UTF_8);
    return parser.parse(b, 0, b.length, e);
  }

  /** A URL Filtering entry with the two times and the URL field given, as PAN-OS 10 writes one. */
  private static String entry(String receive, String generated, String url) {
    return "<14>Nov 24 09:00:00 fw01 1," + receive + ",012801000001,THREAT,url,2562," + generated
        + ",10.30.0.21,198.51.100.20,203.0.113.5,198.51.100.20,skola-internet,kommun\\anna.handlaggare,,ssl,"
        + "vsys1,forvaltning,internet,ethernet1/2,ethernet1/1,syslog,2026/11/24 09:00:00,41000,1,50000,443,"
        + "60000,443,0x40b000,tcp,alert," + url + ",(9999),news,informational,client-to-server,7003,"
        + "0x8000000000000000,10.0.0.0-10.255.255.255,United Kingdom,0,text/html";
  }
}
