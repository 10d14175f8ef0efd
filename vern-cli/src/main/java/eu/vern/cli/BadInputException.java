package eu.vern.cli;

import eu.vern.catalog.Problem;
import java.util.ArrayList;
import java.util.List;

/** Input the user can fix; printed without a stack trace, exit code 2. */
public final class BadInputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final List<String> lines;

  public BadInputException(String message) {
    this(List.of(message));
  }

  public BadInputException(List<String> lines) {
    super(String.join("\n", lines));
    this.lines = List.copyOf(lines);
  }

  /**
   * Every problem as a compiler prints it, then a line counting them: {@code "2 problems in the
   * guideline; nothing was assessed."}.
   *
   * @param what where the problems are and what did not happen, e.g. {@code "in the catalog;
   *     nothing was changed."}
   */
  public static BadInputException of(List<Problem> problems, String what) {
    List<String> lines = new ArrayList<>();
    for (Problem p : problems) {
      lines.add(p.format());
    }
    lines.add(problems.size() + (problems.size() == 1 ? " problem " : " problems ") + what);
    return new BadInputException(lines);
  }

  public List<String> lines() {
    return lines;
  }
}
