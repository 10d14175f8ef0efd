package eu.vern.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * Sophos Firewall's web filter entries: the fixture (behind syslog priorities, among firewall
 * entries) is in the shared format tests; these cover the host from the URL, the zone, other log
 * types and samples without users.
 */
class SophosTest {

  private final SophosParser parser = new SophosParser(new Times(ZoneId.of("Europe/Stockholm"), 0, false));
  private final Event e = new Event();

  @Test
  void withoutADomainFieldTheUrlsHostIsTakenAndTheTimeIsReadInTheConfiguredZone() {
    assertThat(parse("date=2026-11-24 time=09:00:00 timezone=\"CET\" log_id=050901616001"
        + " log_type=\"Content Filtering\" log_component=\"HTTPS\" src_ip=10.30.0.21"
        + " url=\"https://www.bbc.co.uk:443/news?x=1\" domain=-")).isEqualTo(LineParser.QUERY);
    assertThat(new String(e.nameBuf, e.nameFrom, e.nameTo - e.nameFrom, StandardCharsets.US_ASCII))
        .isEqualTo("www.bbc.co.uk");
    assertThat(e.time).isEqualTo(Instant.parse("2026-11-24T08:00:00Z").toEpochMilli());
  }

  @Test
  void otherLogTypesAreIgnoredAndALineWithoutTheFieldsIsMalformed() {
    assertThat(parse("date=2026-11-24 time=09:00:00 log_id=010101600001 log_type=\"Firewall\" src_ip=10.0.0.1"))
        .isEqualTo(LineParser.IGNORED);
    assertThat(parse("Nov 24 09:00:00 xgs kernel: something")).isEqualTo(LineParser.MALFORMED);
    assertThat(e.reason).contains("log_type=");
  }

  @Test
  void aMalformedLinesSampleLeavesOutUserNamesAndGroups() {
    String line = "date=2026-11-24 time=25:00:00 log_id=050901616001 log_type=\"Content Filtering\""
        + " user_name=\"anna handlaggare\" user_gp=\"Handlaggare\" src_ip=10.30.0.21 domain=www.bbc.co.uk";
    assertThat(parse(line)).isEqualTo(LineParser.MALFORMED);
    byte[] b = line.getBytes(StandardCharsets.UTF_8);
    assertThat(parser.sample(b, 0, b.length))
        .contains("user_name=<hidden> user_gp=<hidden> src_ip=<address>")
        .doesNotContain("anna")
        .doesNotContain("Handlaggare");
  }

  private int parse(String line) {
    byte[] b = line.getBytes(StandardCharsets.UTF_8);
    return parser.parse(b, 0, b.length, e);
  }
}
