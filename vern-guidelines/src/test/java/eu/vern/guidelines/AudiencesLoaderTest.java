package eu.vern.guidelines;

import static org.assertj.core.api.Assertions.assertThat;

import eu.vern.catalog.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

class AudiencesLoaderTest {

  private List<Problem> problems(String file) {
    try {
      AudiencesLoader.load(Shipped.RESOURCES.resolve(file));
    } catch (GuidelineException e) {
      return e.problems();
    }
    throw new AssertionError(file + " loaded without problems");
  }

  @Test
  void theShippedMunicipalSetHasTheSevenAudiencesWithTheirAges() {
    Audiences audiences = Shipped.audiences();
    assertThat(audiences.all()).extracting(Audience::id).containsExactly("staff", "teachers",
        "pupils-primary", "pupils-lower-secondary", "pupils-upper-secondary", "elected-members", "guests");
    assertThat(audiences.find("pupils-primary").orElseThrow().ages()).isEqualTo(new AgeRange(6, 12));
    assertThat(audiences.find("staff").orElseThrow().ages().includesMinors()).isFalse();
  }

  @Test
  void aClientAddressFindsTheAudienceOfItsNetwork() {
    Audiences audiences = Shipped.audiences();
    assertThat(audiences.forAddress(new byte[] {10, 31, 4, 7})).map(Audience::id).hasValue("pupils-primary");
    assertThat(audiences.forAddress(new byte[] {(byte) 192, (byte) 168, 1, 1})).isEmpty();
  }

  @Test
  void anInvertedAgeRangeIsRefusedWithItsPlace() {
    Problem p = problems("bad/audiences-inverted.yaml").get(0);
    assertThat(p.line()).isEqualTo(4);
    assertThat(p.field()).isEqualTo("audiences.ages.to");
    assertThat(p.message()).isEqualTo("the age range is inverted: 12 to 6");
  }

  @Test
  void overlappingSubnetsMappedToTwoAudiencesAreRefused() {
    Problem p = problems("bad/audiences-overlap.yaml").get(0);
    assertThat(p.message()).contains("10.31.0.0/16 overlaps 10.0.0.0/8 of the audience 'staff'");
    assertThat(p.line()).isEqualTo(10);
  }

  @Test
  void anAudienceNoNetworkOrGroupMapsToAndAnUnknownDataCategoryAreRefused() {
    assertThat(problems("bad/audiences-unmapped.yaml")).extracting(Problem::message)
        .anySatisfy(m -> assertThat(m).contains("no network or group maps to the audience 'ghosts'"))
        .anySatisfy(m -> assertThat(m).contains("'classified' is not a data category"));
  }
}
