package eu.vern.discovery;

import java.util.Locale;

/**
 * An input that is not a log of the expected format (or could not be read): names the source and
 * the line, with a sentence the user can act on. Never carries the line's text, which may hold a
 * client address.
 */
public final class LogFormatException extends Exception {

  private static final long serialVersionUID = 1L;

  private final String source;
  private final long line;

  public LogFormatException(String source, long line, String message) {
    super(line > 0
        ? String.format(Locale.ROOT, "%s:%d: %s", source, line, message)
        : String.format(Locale.ROOT, "%s: %s", source, message));
    this.source = source;
    this.line = line;
  }

  /** The file name, or {@code -} for standard input. */
  public String source() {
    return source;
  }

  /** The 1-based line number, or 0 when the problem is the file as a whole. */
  public long line() {
    return line;
  }
}
