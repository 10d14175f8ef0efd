package eu.vern.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import eu.vern.discovery.DiscoveryReport.AliasUsage;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Queries whose answers CNAME into another catalog service (issue 13): shown as aliases, and as
 * leaks where that service is blocked. The fixtures {@code zeek-dns-cname.log} and its JSON twin
 * hold, in Zeek's documented {@code dns.log} layout: {@code alias.kommun.se} asked by 6 pupils and
 * 4 staff and answered {@code chat.dragon-chat.test, edge.dragon-chat.test, 198.51.100.7};
 * {@code www.nordic-chat.test} (a catalog name) asked by 5 pupils and 2 staff and answered into
 * {@code dragon-cloud}; {@code ai.tiny-school.se} into dragon-chat for 2 pupils; dragon-chat
 * answering with its own names; an unknown name answered with an address; an NXDOMAIN.
 */
class CnameLeaksTest {

  private static final List<String> LOGS = List.of("zeek-dns-cname.log", "zeek-dns-cname.json");

  private static Discovery.Builder dragonChatBlocked() {
    return Fixtures.discovery().format(LogFormat.ZEEK)
        .verdicts(s -> s.id().equals("dragon-chat") ? "block" : "allow");
  }

  private static Audiences pupilsAndStaff() {
    return Fixtures.pupilsAndStaff("pupils");
  }

  @Test
  void aQueryWhoseAnswerCnamesIntoABlockedServiceIsReportedAsALeak() {
    for (String log : LOGS) {
      DiscoveryReport r = Fixtures.run(dragonChatBlocked(), Fixtures.log(log));
      assertThat(r.cnameLeaks()).as(log)
          .extracting(AliasUsage::domain, AliasUsage::serviceId, AliasUsage::verdict,
              AliasUsage::queries, AliasUsage::clients)
          .containsExactly(tuple("kommun.se", "dragon-chat", "block", 10L, 10L));
    }
  }

  @Test
  void aCatalogNameAnsweredWithACnameIntoAnotherServiceIsAnAliasButNoLeakWhenThatServiceIsAllowed() {
    DiscoveryReport r = Fixtures.run(dragonChatBlocked(), Fixtures.log("zeek-dns-cname.log"));
    assertThat(r.aliases())
        .extracting(AliasUsage::domain, AliasUsage::serviceId, AliasUsage::verdict,
            AliasUsage::clients)
        .containsExactly(
            tuple("kommun.se", "dragon-chat", "block", 10L),
            tuple("nordic-chat.test", "dragon-cloud", "allow", 7L));
    assertThat(r.cnameLeaks()).extracting(AliasUsage::serviceId).doesNotContain("dragon-cloud");
  }

  @Test
  void aServiceAnsweringWithItsOwnNamesIsNoAlias() {
    DiscoveryReport r = Fixtures.run(dragonChatBlocked().minClients(1),
        Fixtures.log("zeek-dns-cname.log"));
    assertThat(r.aliases()).extracting(AliasUsage::domain)
        .doesNotContain("dragon-chat.test");
  }

  @Test
  void aChainThroughSeveralNamesOfOneServiceCountsEachQueryOnce() {
    DiscoveryReport r = Fixtures.run(dragonChatBlocked(), Fixtures.log("zeek-dns-cname.log"));
    // ten queries for alias.kommun.se, each answered with two dragon-chat names
    assertThat(r.cnameLeaks()).singleElement().extracting(AliasUsage::queries).isEqualTo(10L);
  }

  @Test
  void leaksWithFewerThanMinClientsAreLeftOutAndOnlyCounted() {
    DiscoveryReport r = Fixtures.run(dragonChatBlocked(), Fixtures.log("zeek-dns-cname.log"));
    assertThat(r.cnameLeaks()).extracting(AliasUsage::domain).doesNotContain("tiny-school.se");
    // suppressed: the tiny-school.se alias (2 clients) and the domains tiny-school.se (2) and
    // bbc.co.uk (4)
    assertThat(r.suppressed()).isEqualTo(3);

    DiscoveryReport all = Fixtures.run(dragonChatBlocked().minClients(1),
        Fixtures.log("zeek-dns-cname.log"));
    assertThat(all.cnameLeaks()).extracting(AliasUsage::domain, AliasUsage::clients)
        .containsExactly(tuple("kommun.se", 10L), tuple("tiny-school.se", 2L));
  }

  @Test
  void withoutVerdictsNothingIsCalledALeak() {
    DiscoveryReport r = Fixtures.run(Fixtures.discovery(), Fixtures.log("zeek-dns-cname.log"));
    assertThat(r.aliases()).hasSize(2);
    assertThat(r.cnameLeaks()).isEmpty();
  }

  @Test
  void eachAudienceSeesTheLeaksIntoServicesBlockedForItCountedOverItsOwnClients() {
    DiscoveryReport r = Fixtures.run(dragonChatBlocked().audiences(pupilsAndStaff())
            .audienceVerdicts((audience, s) -> s.id().equals("dragon-chat")
                || (audience.equals("pupils") && s.id().equals("dragon-cloud")) ? "block" : "allow"),
        Fixtures.log("zeek-dns-cname.log"));

    var pupils = r.audiences().get(0);
    assertThat(pupils.audience()).isEqualTo("pupils");
    assertThat(pupils.cnameLeaks())
        .extracting(AliasUsage::domain, AliasUsage::serviceId, AliasUsage::queries,
            AliasUsage::clients)
        .containsExactly(
            tuple("kommun.se", "dragon-chat", 6L, 6L),
            tuple("nordic-chat.test", "dragon-cloud", 5L, 5L));
    // the tiny-school.se leak (2 pupils)
    assertThat(pupils.suppressed()).isEqualTo(1);

    var staff = r.audiences().get(1);
    // kommun.se into dragon-chat: 4 staff, below 5; dragon-cloud is allowed for staff
    assertThat(staff.cnameLeaks()).isEmpty();
    // that leak, and nordic-chat's 2 staff clients
    assertThat(staff.suppressed()).isEqualTo(2);
  }

  @Nested
  class Outputs {

    private final DiscoveryReport report = Fixtures.run(dragonChatBlocked()
            .audiences(pupilsAndStaff())
            .audienceVerdicts((audience, s) -> s.id().equals("dragon-chat") ? "block" : "allow"),
        Fixtures.log("zeek-dns-cname.log"));

    @Test
    void jsonHasACnameLeaksArrayAtTheTopAndPerAudience() throws Exception {
      var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(ReportJson.write(report));
      assertThat(json.at("/cnameLeaks/0/domain").asText()).isEqualTo("kommun.se");
      assertThat(json.at("/cnameLeaks/0/service").asText()).isEqualTo("dragon-chat");
      assertThat(json.at("/cnameLeaks/0/name").asText()).isEqualTo("Dragon Chat");
      assertThat(json.at("/cnameLeaks/0/verdict").asText()).isEqualTo("block");
      assertThat(json.at("/cnameLeaks/0/queries").asLong()).isEqualTo(10);
      assertThat(json.at("/cnameLeaks/0/clients").asLong()).isEqualTo(10);
      assertThat(json.at("/audiences/0/cnameLeaks/0/clients").asLong()).isEqualTo(6);
      assertThat(json.at("/audiences/1/cnameLeaks").size()).isZero();
    }

    @Test
    void csvHasACnameLeakRowAndOnePerAudience() {
      assertThat(ReportCsv.write(report))
          .contains("\r\ncname-leak,dragon-chat,Dragon Chat,kommun.se,block,10,10,,\r\n")
          .contains("\r\ncname-leak:pupils,dragon-chat,Dragon Chat,kommun.se,block,6,6,,\r\n");
    }

    @Test
    void htmlNamesTheLeakInWordsNotOnlyInColour() {
      String html = ReportHtml.write(report);
      assertThat(html)
          .contains("<h2 id=\"cname-leaks\">Leaks: blocked services reached through a CNAME alias</h2>")
          .contains("<caption>CNAME leaks into blocked services</caption>")
          .contains("<tr><th scope=\"row\">kommun.se</th><td>Dragon Chat</td><td>"
              + "<span class=\"verdict v-block\">block</span></td>")
          .contains("<caption>CNAME leaks for pupils</caption>");
      // the leak comes before the table of services: it is the finding to act on first
      assertThat(html.indexOf("id=\"cname-leaks\"")).isLessThan(html.indexOf("id=\"services\""));
    }

    @Test
    void aReportWithoutLeaksHasNoLeakSection() {
      DiscoveryReport none = Fixtures.run(Fixtures.discovery(), Fixtures.log("zeek-dns-cname.log"));
      assertThat(ReportHtml.write(none)).doesNotContain("cname-leaks");
      assertThat(ReportCsv.write(none)).doesNotContain("cname-leak");
    }
  }
}
