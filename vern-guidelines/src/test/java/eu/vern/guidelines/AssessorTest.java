package eu.vern.guidelines;

import static org.assertj.core.api.Assertions.assertThat;

import eu.vern.catalog.Catalog;
import eu.vern.catalog.Service;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssessorTest {

  private final Audience staff = Shipped.audiences().find("staff").orElseThrow();

  @Test
  void aNewServiceAddedOnlyInAnOverlayIsClassifiedByTheSameRulesWithoutEditingTheGuideline() {
    Catalog catalog = Shipped.catalog(Shipped.RESOURCES.resolve("overlay-new-services"));
    Assessor baseline = Assessor.create(catalog, Shipped.pack("municipal-baseline", catalog),
        Shipped.audiences(), Shipped.CLOCK);

    Assessment orbita = baseline.assess(catalog.service("orbita-chat").orElseThrow(), staff, DataCategory.PERSONAL);
    assertThat(orbita.verdict()).isEqualTo(Verdict.BLOCK);
    assertThat(orbita.reasons().get(0).en()).contains("Russia").contains("SORM");

    Assessment aurora = baseline.assess(catalog.service("aurora-chat").orElseThrow(), staff, DataCategory.PERSONAL);
    assertThat(aurora.verdict()).isNotEqualTo(Verdict.BLOCK);
  }

  @Test
  void everyMatchingRuleIsReportedAndTheMostSevereDecides() {
    Assessor baseline = Shipped.assessor("municipal-baseline");
    Service deepseek = baseline.catalog().service("deepseek").orElseThrow();
    Assessment a = baseline.assess(deepseek, staff, DataCategory.PERSONAL);

    assertThat(a.matched()).extracting(Rule::id)
        .contains("intelligence-law-without-adequacy", "ai-trains-on-input", "data-outside-eea");
    assertThat(a.matched().get(0).verdict()).isEqualTo(Verdict.BLOCK);
    assertThat(a.deciding()).extracting(Rule::id).isEqualTo("intelligence-law-without-adequacy");
    assertThat(a.reasons()).hasSameSizeAs(a.matched());
  }

  @Test
  void theDataCategoryChangesTheVerdict() {
    Assessor baseline = Shipped.assessor("municipal-baseline");
    Service chatgpt = baseline.catalog().service("chatgpt").orElseThrow();
    assertThat(baseline.assess(chatgpt, staff, DataCategory.PUBLIC).verdict()).isEqualTo(Verdict.GUIDANCE);
    assertThat(baseline.assess(chatgpt, staff, DataCategory.SENSITIVE).verdict()).isEqualTo(Verdict.BLOCK);
  }

  @Test
  void aDiffBetweenTwoGuidelinesListsTheServicesWhoseVerdictChanged() {
    Assessor baseline = Shipped.assessor("municipal-baseline");
    Assessor strict = Shipped.assessor("strict-sovereignty");
    List<VerdictChange> changes = VerdictChange.between(
        baseline.assessAll(staff, DataCategory.PERSONAL), strict.assessAll(staff, DataCategory.PERSONAL));

    assertThat(changes).filteredOn(c -> c.serviceId().equals("microsoft-365")).singleElement()
        .satisfies(c -> {
          assertThat(c.verdictBefore()).isNotEqualTo(Verdict.BLOCK);
          assertThat(c.verdictAfter()).isEqualTo(Verdict.BLOCK);
        });
    assertThat(changes).noneMatch(c -> c.serviceId().equals("deepseek"));
  }

  @Test
  void aDiffBetweenTwoCatalogVersionsShowsANewService() {
    Catalog before = Shipped.catalog();
    Catalog after = Shipped.catalog(Shipped.RESOURCES.resolve("overlay-new-services"));
    List<Assessment> old = Assessor.create(before, Shipped.pack("municipal-baseline", before),
        Shipped.audiences(), Shipped.CLOCK).assessAll(staff, DataCategory.PERSONAL);
    List<Assessment> now = Assessor.create(after, Shipped.pack("municipal-baseline", after),
        Shipped.audiences(), Shipped.CLOCK).assessAll(staff, DataCategory.PERSONAL);

    assertThat(VerdictChange.between(old, now)).extracting(VerdictChange::serviceId)
        .containsExactlyInAnyOrder("aurora-chat", "orbita-chat");
  }

  @Test
  void aRuleThatFailsForAServiceMakesItReviewedInsteadOfSlippingThrough() {
    Catalog catalog = Shipped.catalog();
    Guideline g = new Guideline(Shipped.pack("ai-services", catalog).info(),
        List.of(new Rule("first-storage-country", "service.storage[0] == 'CN'", null, Verdict.BLOCK,
            LocalizedText.same("t"), LocalizedText.same("stored in China"), LocalizedText.same("b"), List.of())),
        List.of(), Verdict.ALLOW);
    Assessor assessor = Assessor.create(catalog, g, Shipped.audiences(), Shipped.CLOCK);
    Assessment element = assessor.assess(catalog.service("element").orElseThrow(), staff, DataCategory.PERSONAL);

    assertThat(element.verdict()).isEqualTo(Verdict.REVIEW);
    assertThat(element.reasons().get(0).en()).contains("could not be evaluated");
  }
}
