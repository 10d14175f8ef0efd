package eu.vern.cli;

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

  public List<String> lines() {
    return lines;
  }
}
