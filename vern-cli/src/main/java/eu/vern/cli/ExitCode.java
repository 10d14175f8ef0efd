package eu.vern.cli;

/** The exit codes every {@code vern} command promises (docs/cli.md). */
public final class ExitCode {

  public static final int OK = 0;

  /** A finding the caller asked to fail on, e.g. {@code --fail-on block}. */
  public static final int FINDING = 1;

  /** Bad input: a message names the file, line and field. */
  public static final int BAD_INPUT = 2;

  /** A bug in Vern. */
  public static final int INTERNAL = 3;

  private ExitCode() {}
}
