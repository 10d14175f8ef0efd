package eu.vern.guidelines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.vern.catalog.Catalog;
import eu.vern.catalog.Problem;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class GuidelineLoaderTest {

  private final Catalog catalog = Shipped.catalog();

  private List<Problem> problems(String file) {
    try {
      GuidelineLoader.load(Shipped.RESOURCES.resolve(file), catalog, Shipped.audiences());
    } catch (GuidelineException e) {
      return e.problems();
    }
    throw new AssertionError(file + " loaded without problems");
  }

  private Problem problemOf(List<Problem> problems, String ruleId) {
    return problems.stream().filter(p -> p.message().startsWith("rule '" + ruleId + "'")).findFirst()
        .orElseThrow(() -> new AssertionError("no problem for rule " + ruleId + " in " + problems));
  }

  @Test
  void anUnknownFieldInAConditionIsReportedWithTheRuleIdAndItsPositionInTheFile() {
    Problem p = problemOf(problems("bad/cel-errors.yaml"), "typo-in-field");
    assertThat(p.file()).endsWith("bad/cel-errors.yaml");
    assertThat(p.field()).isEqualTo("rules.when");
    assertThat(p.line()).isEqualTo(13);
    assertThat(p.sourceLine()).isEqualTo("    when: service.storageCountry == 'CN'");
    assertThat(p.sourceLine().substring(p.column() - 1)).startsWith(".storageCountry");
    assertThat(p.message()).contains("undefined field 'storageCountry'");
  }

  @Test
  void aTypeErrorInAMultiLineConditionPointsAtTheLineAndColumnInsideTheBlock() {
    Problem p = problemOf(problems("bad/cel-errors.yaml"), "type-error");
    assertThat(p.line()).isEqualTo(21);
    assertThat(p.sourceLine()).contains("service.minors.minimumAge > 'thirteen'");
    assertThat(p.sourceLine().charAt(p.column() - 1)).isEqualTo('>');
    assertThat(p.message()).contains("no matching overload");
  }

  @Test
  void aSyntaxErrorAndANonBooleanConditionAreReported() {
    List<Problem> problems = problems("bad/cel-errors.yaml");
    assertThat(problemOf(problems, "syntax-error").message()).contains("mismatched input");
    assertThat(problemOf(problems, "not-boolean").message())
        .contains("must give true or false, but it gives string");
  }

  @Test
  void aRuleReadingAnAudienceFieldThatDoesNotExistIsReported() {
    assertThat(problemOf(problems("bad/cel-errors.yaml"), "audience-typo").message())
        .contains("undefined field 'age'");
  }

  @Test
  void everyProblemOfTheFileIsReportedAtOnce() {
    assertThat(problems("bad/cel-errors.yaml")).hasSizeGreaterThanOrEqualTo(5);
  }

  @Test
  void exceptionsForUnknownServicesOrAudiencesAndUnknownPlaceholdersAreReported() {
    List<Problem> problems = problems("bad/references.yaml");
    assertThat(problems).extracting(Problem::message).anySatisfy(m ->
        assertThat(m).contains("no service 'no-such-service'"));
    assertThat(problems).extracting(Problem::message).anySatisfy(m ->
        assertThat(m).contains("no audience 'no-such-audience'").contains("pupils-primary"));
    assertThat(problems).extracting(Problem::message).anySatisfy(m ->
        assertThat(m).contains("unknown placeholder {service.nmae} in the en text"));
  }

  @Test
  void aGuidelineThatDoesNotExistIsReportedNotThrownAsAStackTrace() {
    assertThatThrownBy(() -> GuidelineLoader.load(Path.of("nope.yaml"), catalog, Shipped.audiences()))
        .isInstanceOf(GuidelineException.class)
        .hasMessageContaining("nope.yaml");
  }
}
