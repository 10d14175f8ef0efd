package eu.vern.enforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.vern.guidelines.Assessor;
import eu.vern.guidelines.DataCategory;
import eu.vern.guidelines.Verdict;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyTest {

  final Assessor assessor = Fixture.assessor();

  @Test
  void onlyBlockVerdictsAreEnforcedUnlessReviewIsAskedFor() {
    Policy block = Fixture.policy("staff");
    assertThat(block.only().blocked()).extracting(Blocklist.Entry::service).containsExactly("redchat", "redportal");

    Policy withReview = Policy.assess(assessor, List.of(Fixture.audience(assessor, "staff")), DataCategory.PERSONAL,
        List.of(Verdict.REVIEW, Verdict.BLOCK), LocalDate.now(Fixture.CLOCK), Fixture.CLOCK.instant());
    assertThat(withReview.only().blocked()).extracting(Blocklist.Entry::service)
        .containsExactly("mystery-drive", "redchat", "redportal");
    assertThat(withReview.provenance().enforced()).containsExactly(Verdict.REVIEW, Verdict.BLOCK);
  }

  @Test
  void guidanceAndAllowCanNeverBeEnforced() {
    assertThatThrownBy(() -> Policy.assess(assessor, assessor.audiences().all(), DataCategory.PERSONAL,
        List.of(Verdict.BLOCK, Verdict.GUIDANCE), LocalDate.now(Fixture.CLOCK), Fixture.CLOCK.instant()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("guidance never blocks");
    assertThatThrownBy(() -> Policy.assess(assessor, assessor.audiences().all(), DataCategory.PERSONAL,
        List.of(Verdict.REVIEW), LocalDate.now(Fixture.CLOCK), Fixture.CLOCK.instant()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("block verdicts at least");
  }

  @Test
  void anExceptionInForceAllowsAServiceItsRulesBlockAndListsItAsAllowed() {
    Blocklist staff = Fixture.policy("staff").only();
    assertThat(staff.blocked()).extracting(Blocklist.Entry::service).doesNotContain("old-crm");
    assertThat(staff.allowed()).filteredOn(e -> e.service().equals("old-crm")).singleElement()
        .extracting(Blocklist.Entry::because).isEqualTo("exception KS 2026-03-12 §45 until 2027-06-30");
  }

  @Test
  void anExpiredExceptionNoLongerAllows() {
    Policy later = Policy.assess(Fixture.assessor(), List.of(Fixture.audience(assessor, "staff")),
        DataCategory.PERSONAL, List.of(Verdict.BLOCK), LocalDate.of(2027, 7, 1), Fixture.CLOCK.instant());
    // The assessor's clock decides expiry; the fixture's is fixed in 2026, so build one for 2027.
    Assessor in2027 = eu.vern.guidelines.Assessor.create(assessor.catalog(), assessor.guideline(),
        assessor.audiences(), java.time.Clock.fixed(java.time.Instant.parse("2027-07-01T12:00:00Z"),
            java.time.ZoneOffset.UTC));
    Policy expired = Policy.assess(in2027, List.of(Fixture.audience(assessor, "staff")), DataCategory.PERSONAL,
        List.of(Verdict.BLOCK), LocalDate.of(2027, 7, 1), Fixture.CLOCK.instant());
    assertThat(later.only().blocked()).extracting(Blocklist.Entry::service).doesNotContain("old-crm");
    assertThat(expired.only().blocked()).extracting(Blocklist.Entry::service).contains("old-crm");
  }

  @Test
  void theAudienceChangesWhatIsBlocked() {
    assertThat(Fixture.policy("pupils-primary").only().blocked()).extracting(Blocklist.Entry::service)
        .containsExactly("kidsgram", "redchat", "redportal");
  }

  @Test
  void aFormatThatHoldsOneAudienceRefusesSeveral() {
    assertThatThrownBy(() -> Fixture.export(Format.RPZ, Fixture.policy()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rpz holds one audience per file");
    assertThatThrownBy(() -> Fixture.export(Format.CHROME, Fixture.policy()))
        .hasMessageContaining("one file per device group");
  }

  @Test
  void theRpzSerialIsTheGenerationTimeSoALaterExportHasAHigherOne() {
    Policy now = Fixture.policy("staff");
    Policy later = new Policy(new Provenance(now.provenance().guideline(), "1.2.1", "x", "y", "c", "v",
        LocalDate.now(Fixture.CLOCK), DataCategory.PERSONAL, List.of(Verdict.BLOCK),
        Fixture.CLOCK.instant().plusSeconds(60)), now.audiences());
    assertThat(DnsExports.serial(later)).isEqualTo(DnsExports.serial(now) + 60);
  }
}
