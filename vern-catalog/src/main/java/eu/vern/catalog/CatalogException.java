package eu.vern.catalog;

import java.util.List;
import java.util.stream.Collectors;

/** The catalog could not be loaded; holds every problem found, not only the first. */
public final class CatalogException extends Exception {

  private static final long serialVersionUID = 1L;

  private final List<Problem> problems;

  public CatalogException(List<Problem> problems) {
    super(
        problems.size()
            + (problems.size() == 1 ? " problem" : " problems")
            + " in the catalog:\n"
            + problems.stream().map(Problem::format).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }
}
