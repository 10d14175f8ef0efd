package eu.vern.guidelines;

import static org.assertj.core.api.Assertions.assertThat;

import eu.vern.catalog.Catalog;
import eu.vern.catalog.Service;
import eu.vern.catalog.Tristate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The three shipped packs against the shipped catalog: what a municipality gets out of the box. */
class ShippedPacksTest {

  private static Verdict verdict(Assessor assessor, String service, String audience, DataCategory category) {
    Service s = assessor.catalog().service(service).orElseThrow();
    Audience a = assessor.audiences().find(audience).orElseThrow();
    return assessor.assess(s, a, category).verdict();
  }

  @ParameterizedTest
  @ValueSource(strings = {"municipal-baseline", "strict-sovereignty", "ai-services"})
  void everyPackLoadsAndAssessesEveryServiceWithoutARuleError(String pack) {
    Assessor assessor = Shipped.assessor(pack);
    for (Audience a : assessor.audiences().all()) {
      for (Assessment x : assessor.assessAll(a, DataCategory.PERSONAL)) {
        assertThat(x.reasons()).allSatisfy(r -> assertThat(r.en()).doesNotContain("could not be evaluated"));
        assertThat(x.reasons()).allSatisfy(r -> assertThat(r.sv() + r.nb() + r.en()).doesNotContain("{"));
      }
    }
  }

  @Nested
  class MunicipalBaseline {

    private final Assessor baseline = Shipped.assessor("municipal-baseline");

    @Test
    void blocksDeepSeekAndTikTok() {
      assertThat(verdict(baseline, "deepseek", "staff", DataCategory.PERSONAL)).isEqualTo(Verdict.BLOCK);
      assertThat(verdict(baseline, "tiktok", "staff", DataCategory.PERSONAL)).isEqualTo(Verdict.BLOCK);
    }

    @Test
    void theDeepSeekBlockNamesTheChineseIntelligenceLaw() {
      Service deepseek = baseline.catalog().service("deepseek").orElseThrow();
      Assessment a = baseline.assess(deepseek, baseline.audiences().find("staff").orElseThrow(), DataCategory.PERSONAL);
      assertThat(a.deciding()).isNotNull();
      assertThat(a.reasons().get(0).en()).contains("National Intelligence Law").contains("China");
      assertThat(a.reasons().get(0).sv()).contains("Kina");
    }

    @Test
    void aServiceWhoseChainOfOwnersIsPartlyUnknownGetsGuidanceNamingTheCountriesThatAreKnown() {
      Audience staff = baseline.audiences().find("staff").orElseThrow();
      int partlyKnown = 0;
      for (Service s : baseline.catalog().services()) {
        var exposure = baseline.catalog().exposure(s);
        Assessment a = baseline.assess(s, staff, DataCategory.PERSONAL);
        int rule = a.matched().stream().map(Rule::id).toList().indexOf("partly-unknown-control");
        boolean expected = !exposure.controlKnown() && !exposure.controlJurisdictions().isEmpty()
            && !s.selfHostable().equals(Tristate.YES);
        assertThat(rule >= 0).as(s.id()).isEqualTo(expected);
        if (rule >= 0) {
          partlyKnown++;
          assertThat(a.verdict()).as(s.id()).isNotEqualTo(Verdict.ALLOW);
          String reason = a.reasons().get(rule).en();
          // the service's name as its owners write it (mailbox.org), then the known countries
          assertThat(reason).as(s.id()).startsWith(s.name() + " is controlled from ");
          String firstCountry = baseline.catalog().jurisdiction(exposure.controlJurisdictions().get(0))
              .orElseThrow().name().en();
          assertThat(reason).as(s.id()).contains(firstCountry);
        }
      }
      assertThat(partlyKnown).isPositive();
    }

    @Test
    void aSelfHostableServiceWhoseStorageIsUnknownIsAllowedOnlyWithGuidanceToChooseWhereItRuns() {
      Audience staff = baseline.audiences().find("staff").orElseThrow();
      int matched = 0;
      for (Service s : baseline.catalog().services()) {
        Assessment a = baseline.assess(s, staff, DataCategory.PERSONAL);
        int rule = a.matched().stream().map(Rule::id).toList().indexOf("self-hostable-unknown-storage");
        boolean expected = !s.storage().isKnown() && s.selfHostable().equals(Tristate.YES);
        assertThat(rule >= 0).as(s.id()).isEqualTo(expected);
        if (rule >= 0) {
          matched++;
          assertThat(a.verdict()).as(s.id()).isNotEqualTo(Verdict.ALLOW);
          assertThat(a.reasons().get(rule).en()).as(s.id())
              .startsWith("It is not known where " + s.name() + " stores data");
        }
        if (!s.storage().isKnown() && !s.selfHostable().equals(Tristate.YES)) {
          assertThat(a.verdict()).as(s.id()).isIn(Verdict.REVIEW, Verdict.BLOCK);
        }
      }
      assertThat(matched).isPositive();
      assertThat(baseline.assess(baseline.catalog().service("mattermost").orElseThrow(), staff,
          DataCategory.PUBLIC).matched()).extracting(Rule::id).doesNotContain("self-hostable-unknown-storage");
    }

    @Test
    void doesNotBlockLeChatNextcloudOrElement() {
      for (String id : List.of("le-chat", "nextcloud", "element")) {
        assertThat(verdict(baseline, id, "staff", DataCategory.PERSONAL)).as(id).isNotEqualTo(Verdict.BLOCK);
      }
    }

    @Test
    void doesNotBlockMicrosoft365OrChatGptForEverydayPersonalData() {
      assertThat(verdict(baseline, "microsoft-365", "staff", DataCategory.PERSONAL)).isNotEqualTo(Verdict.BLOCK);
      assertThat(verdict(baseline, "chatgpt", "staff", DataCategory.PERSONAL)).isEqualTo(Verdict.GUIDANCE);
    }

    @Test
    void blocksChatGptForSecretDataBecauseUsLawReachesIt() {
      Service chatgpt = baseline.catalog().service("chatgpt").orElseThrow();
      Assessment a = baseline.assess(chatgpt, baseline.audiences().find("staff").orElseThrow(), DataCategory.SECRET);
      assertThat(a.verdict()).isEqualTo(Verdict.BLOCK);
      assertThat(a.matched()).extracting(Rule::id).contains("secret-data-with-foreign-reach");
    }
  }

  @Nested
  class StrictSovereignty {

    private final Assessor strict = Shipped.assessor("strict-sovereignty");

    @Test
    void alsoBlocksMicrosoft365AndChatGpt() {
      assertThat(verdict(strict, "microsoft-365", "staff", DataCategory.PERSONAL)).isEqualTo(Verdict.BLOCK);
      assertThat(verdict(strict, "chatgpt", "staff", DataCategory.PERSONAL)).isEqualTo(Verdict.BLOCK);
    }

    @Test
    void keepsTheBaselineRulesItExtends() {
      assertThat(strict.guideline().rules()).extracting(Rule::id)
          .contains("intelligence-law-without-adequacy", "extraterritorial-control-outside-eea");
      assertThat(verdict(strict, "deepseek", "staff", DataCategory.PERSONAL)).isEqualTo(Verdict.BLOCK);
    }

    @Test
    void doesNotBlockEuropeanServices() {
      for (String id : List.of("le-chat", "nextcloud")) {
        assertThat(verdict(strict, id, "staff", DataCategory.PERSONAL)).as(id).isNotEqualTo(Verdict.BLOCK);
      }
    }

    @Test
    void anExceptionInForceKeepsMicrosoft365AndNamesTheDecision() {
      Catalog catalog = Shipped.catalog();
      Guideline city = Shipped.guideline(Shipped.RESOURCES.resolve("good/strict-with-exceptions.yaml"), catalog);
      Assessor assessor = Assessor.create(catalog, city, Shipped.audiences(), Shipped.CLOCK);
      Assessment m365 = assessor.assess(catalog.service("microsoft-365").orElseThrow(),
          Shipped.audiences().find("staff").orElseThrow(), DataCategory.PERSONAL);

      assertThat(m365.verdict()).isEqualTo(Verdict.GUIDANCE);
      assertThat(m365.ruleVerdict()).isEqualTo(Verdict.BLOCK);
      assertThat(m365.exemption()).isNotNull();
      assertThat(m365.exemption().decision()).isEqualTo("KS 2026-03-12 §45");
    }

    @Test
    void anExpiredExceptionNoLongerAppliesAndIsReportedAsExpired() {
      Catalog catalog = Shipped.catalog();
      Guideline city = Shipped.guideline(Shipped.RESOURCES.resolve("good/strict-with-exceptions.yaml"), catalog);
      Assessor assessor = Assessor.create(catalog, city, Shipped.audiences(), Shipped.CLOCK);
      Assessment chatgpt = assessor.assess(catalog.service("chatgpt").orElseThrow(),
          Shipped.audiences().find("staff").orElseThrow(), DataCategory.PERSONAL);

      assertThat(chatgpt.verdict()).isEqualTo(Verdict.BLOCK);
      assertThat(chatgpt.exemption()).isNull();
      assertThat(chatgpt.expired()).singleElement()
          .satisfies(e -> assertThat(e.expires()).hasToString("2026-06-30"));
    }
  }

  @Nested
  class Audiences {

    private final Assessor baseline = Shipped.assessor("municipal-baseline");

    @Test
    void deepSeekIsBlockedForEveryAudience() {
      for (Audience a : baseline.audiences().all()) {
        assertThat(verdict(baseline, "deepseek", a.id(), DataCategory.PERSONAL)).as(a.id()).isEqualTo(Verdict.BLOCK);
      }
    }

    @Test
    void anAiChatWithAMinimumAgeOf13IsBlockedForPrimaryPupilsButNotForStaff() {
      assertThat(baseline.catalog().service("chatgpt").orElseThrow().minors().minimumAge().orElse(0)).isEqualTo(13);
      assertThat(verdict(baseline, "chatgpt", "pupils-primary", DataCategory.PERSONAL)).isEqualTo(Verdict.BLOCK);
      assertThat(verdict(baseline, "chatgpt", "staff", DataCategory.PERSONAL)).isNotEqualTo(Verdict.BLOCK);
    }

    @Test
    void aServiceNoAudienceFactTouchesGetsTheSameVerdictForEveryAudience() {
      // Element's terms set a minimum age of 16, so it differs for pupils; Nextcloud has no age terms.
      Verdict staff = verdict(baseline, "nextcloud", "staff", DataCategory.PERSONAL);
      for (Audience a : baseline.audiences().all()) {
        assertThat(verdict(baseline, "nextcloud", a.id(), DataCategory.PERSONAL)).as(a.id()).isEqualTo(staff);
      }
    }

    @Test
    void theExplanationNamesTheAudienceFactThatDecided() {
      Service chatgpt = baseline.catalog().service("chatgpt").orElseThrow();
      Explanation e = baseline.explain(chatgpt, baseline.audiences().find("pupils-primary").orElseThrow(),
          DataCategory.PERSONAL);

      assertThat(e.audienceMadeTheDifference()).isTrue();
      assertThat(e.assessment().deciding()).extracting(Rule::id).isEqualTo("below-minimum-age");
      assertThat(e.facts()).filteredOn(f -> f.path().equals("audience.youngestAge"))
          .singleElement().satisfies(f -> assertThat(f.value()).isEqualTo("6"));
      assertThat(e.facts()).filteredOn(f -> f.path().equals("service.minors.minimumAge"))
          .singleElement().satisfies(f -> {
            assertThat(f.value()).isEqualTo("13 years");
            assertThat(f.sources()).isNotEmpty();
          });
      assertThat(e.assessment().reasons().get(0).sv())
          .isEqualTo("Villkoren för ChatGPT kräver att användaren är minst 13 år, och bland elever i grundskolans "
              + "lågstadium och mellanstadium finns yngre barn.");
    }
  }
}
