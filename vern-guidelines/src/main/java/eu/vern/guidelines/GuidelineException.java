package eu.vern.guidelines;

import eu.vern.catalog.Problem;
import java.util.List;
import java.util.stream.Collectors;

/** A guideline or audiences file could not be loaded; holds every problem found. */
public final class GuidelineException extends Exception {

  private static final long serialVersionUID = 1L;

  private final List<Problem> problems;

  public GuidelineException(List<Problem> problems) {
    super(problems.stream().map(Problem::format).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }
}
