package eu.vern.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.net.InternetDomainName;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The registrable domain of a host by the shipped Public Suffix List: the list's own algorithm
 * (longest rule, wildcards, exceptions, default rule), and agreement with Guava's implementation of
 * it on a name made from every rule of the list.
 */
class PublicSuffixListTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "www.example.com, example.com",
      "example.com, example.com",
      "WWW.BBC.CO.UK, bbc.co.uk",
      "news.bbc.co.uk., bbc.co.uk",
      "co.uk, co.uk",
      // wildcard *.ck and exception !www.ck
      "test.ck, test.ck",
      "b.test.ck, b.test.ck",
      "a.b.test.ck, b.test.ck",
      "www.ck, www.ck",
      "www.www.ck, www.ck",
      // the longest rule wins: kyoto.jp and ide.kyoto.jp
      "b.kyoto.jp, b.kyoto.jp",
      "a.b.ide.kyoto.jp, b.ide.kyoto.jp",
      "ide.kyoto.jp, ide.kyoto.jp",
      // wildcard *.kobe.jp and exception !city.kobe.jp
      "c.kobe.jp, c.kobe.jp",
      "b.c.kobe.jp, b.c.kobe.jp",
      "a.b.c.kobe.jp, b.c.kobe.jp",
      "city.kobe.jp, city.kobe.jp",
      "www.city.kobe.jp, city.kobe.jp",
      // an internationalised rule (рф) as resolvers log it, in punycode
      "www.example.xn--p1ai, example.xn--p1ai",
      // the private section does not count: one provider's customers stay one row
      "ann.github.io, github.io",
      "b.example.uk.com, uk.com",
      // a top-level label no rule names: the default rule "*"
      "laptop-anna.corp.local, corp.local",
      "a.b.c.internal, c.internal",
  })
  void theRegistrableDomainFollowsTheListsAlgorithm(String host, String registrable) {
    assertThat(Registrable.of(host)).isEqualTo(registrable);
  }

  @Test
  void aHostNameWrittenInUtf8MatchesTheListsUnicodeRule() {
    assertThat(Registrable.of(new String("www.kommune.рф".getBytes(StandardCharsets.UTF_8),
        StandardCharsets.ISO_8859_1)))
        .isEqualTo(new String("kommune.рф".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
  }

  @Test
  void namesThatAreNoHostNamesKeepTheirLastTwoLabels() {
    assertThat(Registrable.of("a..bbc.co.uk")).isEqualTo("co.uk");
    assertThat(Registrable.of("x.y z.co.uk")).isEqualTo("co.uk");
    assertThat(Registrable.of(".bbc.co.uk")).isEqualTo("co.uk");
  }

  @Test
  void everyReportNamesTheListThatMadeItsUnknownDomains() {
    DiscoveryReport r = Fixtures.run(Fixtures.discovery().minClients(1),
        Fixtures.log(Fixtures.LOGS.values().iterator().next()));
    String version = PublicSuffixList.shipped().version();
    assertThat(r.publicSuffixList()).isEqualTo(version);
    assertThat(ReportJson.write(r)).contains("\"publicSuffixList\" : \"" + version + "\"");
    assertThat(ReportHtml.write(r)).contains("Public Suffix List of " + version);
  }

  @Test
  void theShippedListIsARecentCompleteCopyOfTheIcannSection() {
    PublicSuffixList list = PublicSuffixList.shipped();
    // the list had about 7,000 ICANN rules in 2026; a truncated or wrong file has far fewer
    assertThat(list.rules()).isGreaterThan(6_000);
    assertThat(list.version()).matches("20\\d\\d-\\d\\d-\\d\\d.*");
  }

  /**
   * For every rule of the shipped list, a host one and two labels under it: ours and Guava's
   * implementation must agree, except where the two lists differ. Guava ships its own, older copy
   * of the list, so a rule added or changed since (in 2026: {@code ia.bo}) may give another answer;
   * every disagreement must be such a rule, and they must stay few.
   */
  @Test
  void agreesWithGuavaOnAHostUnderEveryRuleExceptRulesTheTwoCopiesHoldDifferently() throws IOException {
    TreeMap<String, String> unexplained = new TreeMap<>();
    int compared = 0;
    int newerRules = 0;
    for (String rule : icannRules()) {
      String base = ascii(rule.replace("!", "").replace("*", "w"));
      if (base.endsWith(".arpa")) {
        continue; // reverse zones are grouped on purpose (PrivacyTest)
      }
      for (String host : List.of("example." + base, "www.example." + base)) {
        String guava = guava(host);
        if (guava == null) {
          continue;
        }
        compared++;
        String ours = Registrable.of(host);
        if (ours.equals(guava)) {
          continue;
        }
        if (isPublicSuffixHere(base) != isPublicSuffixForGuava(base)) {
          newerRules++;
        } else {
          unexplained.put(host, "ours " + ours + ", Guava " + guava);
        }
      }
    }
    assertThat(compared).isGreaterThan(12_000);
    assertThat(unexplained).isEmpty();
    assertThat(newerRules).isLessThan(compared / 100);
  }

  @Test
  void ourPunycodeGivesWhatTheJdksIdnGivesForEveryInternationalisedRule() throws IOException {
    int internationalised = 0;
    for (String rule : icannRules()) {
      String name = rule.replace("!", "").replace("*.", "");
      if (name.chars().allMatch(c -> c < 0x80)) {
        continue;
      }
      internationalised++;
      assertThat(Punycode.toAscii(name)).as(name).isEqualTo(ascii(name));
    }
    assertThat(internationalised).isGreaterThan(300);
    // RFC 3492 section 7.1's sample (Chinese, simplified), and a label with ASCII letters in it
    assertThat(Punycode.toAscii("\u4ed6\u4eec\u4e3a\u4ec0\u4e48\u4e0d\u8bf4\u4e2d\u6587"))
        .isEqualTo("xn--ihqwcrb4cv8a8dqg056pqjye");
    assertThat(Punycode.toAscii("www.b\u00fccher.example")).isEqualTo("www.xn--bcher-kva.example");
  }

  private static String ascii(String name) {
    return java.net.IDN.toASCII(name, java.net.IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
  }

  private static boolean isPublicSuffixHere(String name) {
    byte[] b = name.getBytes(StandardCharsets.ISO_8859_1);
    return PublicSuffixList.shipped().registrableStart(b, 0, b.length) == 0;
  }

  private static boolean isPublicSuffixForGuava(String name) {
    try {
      return InternetDomainName.from(name).isRegistrySuffix();
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static List<String> icannRules() throws IOException {
    try (InputStream in = PublicSuffixList.class.getResourceAsStream(PublicSuffixList.RESOURCE)) {
      assertThat(in).isNotNull();
      List<String> out = new ArrayList<>();
      boolean icann = false;
      for (String raw : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String line = raw.strip();
        if (line.startsWith("// ===BEGIN ICANN DOMAINS===")) {
          icann = true;
        } else if (line.startsWith("// ===END ICANN DOMAINS===")) {
          icann = false;
        } else if (icann && !line.isEmpty() && !line.startsWith("//")) {
          out.add(line);
        }
      }
      return out;
    }
  }

  /** Guava's answer the way the code before ours computed it, or null for a name it rejects. */
  private static String guava(String host) {
    try {
      InternetDomainName name = InternetDomainName.from(host);
      if (name.isUnderRegistrySuffix()) {
        return name.topDomainUnderRegistrySuffix().toString();
      }
      if (name.isRegistrySuffix()) {
        return name.toString();
      }
      int last = host.lastIndexOf('.');
      return host.substring(host.lastIndexOf('.', last - 1) + 1);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
