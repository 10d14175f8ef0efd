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

  @Test
  void aCnameInThePackedAnswerIntoABlockedServiceIsALeak() throws Exception {
    // assistant.schoolportal.se answered with a CNAME to chat.dragon-chat.test, then an address
    byte[] answer = DnstapWriter.dnsResponse("assistant.schoolportal.se", "chat.dragon-chat.test");
    StringBuilder log = new StringBuilder();
    for (int i = 1; i <= 5; i++) {
      log.append("{\"T\":\"2026-11-24T09:0").append(i).append(":00+01:00\",\"QH\":\"assistant.schoolportal.se\",")
          .append("\"QT\":\"A\",\"Answer\":\"").append(java.util.Base64.getEncoder().encodeToString(answer))
          .append("\",\"IP\":\"10.20.1.1").append(i).append("\",\"Result\":{},\"Elapsed\":1}\n");
    }
    java.nio.file.Path file = java.nio.file.Files.createTempFile("querylog", ".json");
    try {
      java.nio.file.Files.writeString(file, log);
      DiscoveryReport r = Fixtures.run(Fixtures.discovery().verdicts(s -> "dragon-chat".equals(s.id()) ? "block" : "allow"), file);

      assertThat(r.aliases()).extracting(DiscoveryReport.AliasUsage::domain).containsExactly("schoolportal.se");
      assertThat(r.cnameLeaks()).isNotEmpty();
    } finally {
      java.nio.file.Files.delete(file);
    }
  }

  @Test
  void base64IsDecodedAsGoWritesIt() {
    byte[] out = new byte[16];
    byte[] text = "aGk/Pz4+".getBytes(StandardCharsets.US_ASCII);
    assertThat(AdGuardHomeParser.base64(text, 0, text.length, out)).isEqualTo(6);
    assertThat(new String(out, 0, 6, StandardCharsets.ISO_8859_1)).isEqualTo("hi??>>");
    byte[] bad = "a*b=".getBytes(StandardCharsets.US_ASCII);
    assertThat(AdGuardHomeParser.base64(bad, 0, bad.length, out)).isEqualTo(-1);
  }

  private int parse(String line) {
    byte[] b = line.getBytes(StandardCharsets.UTF_8);
    return parser.parse(b, 0, b.length, e);
  }

  private static String text(byte[] b, int from, int to) {
    return new String(b, from, to - from, StandardCharsets.UTF_8);
  }
}
