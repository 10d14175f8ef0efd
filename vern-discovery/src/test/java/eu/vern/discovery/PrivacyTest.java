package eu.vern.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Client identifiers never appear in any output, whatever the format or the threshold. */
class PrivacyTest {

  @Test
  void noOutputFormatContainsAClientAddressOfAnyFixture() {
    List<String> logs = new ArrayList<>(Fixtures.LOGS.values());
    logs.addAll(Fixtures.OTHER_NOTATIONS.keySet());
    logs.addAll(Fixtures.MORE_LOGS);
    Audiences audiences = Audiences.of(java.util.Map.of(
        "10.20.0.0/16", "pupils", "10.30.0.0/16", "staff", "2001:db8:30::/48", "staff"));
    for (String log : logs) {
      // every service blocked, so that every alias is also a leak row, overall and per audience
      DiscoveryReport r = Fixtures.run(
          Fixtures.discovery().minClients(1).audiences(audiences).verdicts(s -> "block"),
          Fixtures.log(log));
      assertThat(r.cnameLeaks()).as(log).isEqualTo(r.aliases());
      StringBuilder everything = new StringBuilder()
          .append(ReportJson.write(r)).append(ReportHtml.write(r)).append(ReportCsv.write(r))
          .append(r);
      for (String client : Fixtures.CLIENTS) {
        assertThat(everything.toString()).as(log).doesNotContain(client);
      }
      for (String identity : Fixtures.IDENTITIES) {
        assertThat(everything.toString()).as(log).doesNotContain(identity);
      }
      // no pseudonym either: no 16-hex-digit run, as a printed hash would be
      assertThat(everything.toString()).doesNotContainPattern("[0-9a-f]{16}");
    }
  }

  @Test
  void malformedSamplesMaskAddressesButKeepTheRestOfTheLine() {
    byte[] line = "24-Nov-2026 08:00:00.000 client 10.20.1.11#53 (x): garbled 2001:db8:30::7"
        .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    assertThat(Masking.mask(line, 0, line.length))
        .isEqualTo("24-Nov-2026 08:00:00.000 client <address>#53 (x): garbled <address>");
    byte[] swedish = "Förvaltningsnätet 10.30.0.21 säger\tnej".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(Masking.mask(swedish, 0, swedish.length)).isEqualTo("Förvaltningsnätet <address> säger?nej");
  }

  @Test
  void reverseLookupsAndAddressLiteralsAreGroupedSoNoAddressIsSpelledOut() {
    assertThat(Registrable.of("11.1.20.10.in-addr.arpa")).isEqualTo(Registrable.REVERSE);
    assertThat(Registrable.of("7.0.0.0.ip6.arpa.")).isEqualTo(Registrable.REVERSE);
    assertThat(Registrable.of("10.20.1.11")).isEqualTo(Registrable.ADDRESSES);
    assertThat(Registrable.of("laptop-anna.corp.local")).isEqualTo("corp.local");
    assertThat(Registrable.of("wpad")).isEqualTo(Registrable.SINGLE_LABEL);
  }

  @Test
  void theSameClientGetsADifferentPseudonymUnderAnotherKey() {
    byte[] client = "10.20.1.11".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    ClientKey a = ClientKey.fromSecret(new byte[] {1});
    ClientKey b = ClientKey.fromSecret(new byte[] {2});
    assertThat(SipHash.hash(a.k0, a.k1, client, 0, client.length))
        .isNotEqualTo(SipHash.hash(b.k0, b.k1, client, 0, client.length));
    assertThat(a.toString()).doesNotContain(Long.toHexString(a.k0));
  }
}
