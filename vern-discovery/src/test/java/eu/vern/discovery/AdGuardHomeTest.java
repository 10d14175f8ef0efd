package eu.vern.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * AdGuard Home's query log: the fixture is in the shared format tests; these cover nested filtering
 * results whose rule text holds braces and quotes, and what an entry without its fields is.
 */
class AdGuardHomeTest {

  private final AdGuardHomeParser parser = new AdGuardHomeParser(new Times(ZoneId.of("UTC"), 0, false));
  private final Event e = new Event();

  @Test
  void aFilteringResultWithBracesAndEscapedQuotesInItsRulesIsSkippedWhole() {
    String line = "{\"T\":\"2026-11-24T09:00:00.5+01:00\",\"QH\":\"www.bbc.co.uk\",\"QT\":\"A\","
        + "\"Result\":{\"IsFiltered\":true,\"Rules\":[{\"Text\":\"||x^$client='{\\\"a\\\"}'\",\"IP\":\"0.0.0.0\"}]},"
        + "\"IP\":\"10.30.0.21\",\"Elapsed\":31250}";

    assertThat(parse(line)).isEqualTo(LineParser.QUERY);
    assertThat(text(e.clientBuf, e.clientFrom, e.clientTo)).isEqualTo("10.30.0.21");
    assertThat(text(e.nameBuf, e.nameFrom, e.nameTo)).isEqualTo("www.bbc.co.uk");
    assertThat(e.time).isEqualTo(Instant.parse("2026-11-24T08:00:00.500Z").toEpochMilli());
  }

  @Test
  void anEntryWithoutTimeClientOrHostIsMalformedSayingWhichIsMissing() {
    assertThat(parse("{\"QH\":\"a.test\",\"IP\":\"10.0.0.1\"}")).isEqualTo(LineParser.MALFORMED);
    assertThat(e.reason).contains("\"T\"");
    assertThat(parse("{\"T\":\"2026-11-24T09:00:00Z\",\"IP\":\"10.0.0.1\",\"Result\":{}}"))
        .isEqualTo(LineParser.MALFORMED);
    assertThat(e.reason).contains("\"QH\"");
    assertThat(parse("{\"T\":\"2026-11-24T09:00:00Z\",\"Result\":{\"Rules\":[}")).isEqualTo(LineParser.MALFORMED);
  }

  private int parse(String line) {
    byte[] b = line.getBytes(StandardCharsets.UTF_8);
    return parser.parse(b, 0, b.length, e);
  }

  private static String text(byte[] b, int from, int to) {
    return new String(b, from, to - from, StandardCharsets.UTF_8);
  }
}
