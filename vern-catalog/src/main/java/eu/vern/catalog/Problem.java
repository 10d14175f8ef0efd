package eu.vern.catalog;

import java.util.Locale;

/**
 * One thing wrong with the catalog, located so that a person can fix it: the file, the 1-based line
 * and column (0 when the problem has no position, e.g. for entries built in code), the field, and a
 * sentence that says what to do.
 *
 * @param sourceLine the text of the offending line, or empty
 */
public record Problem(
    String file, int line, int column, String field, String message, String sourceLine) {

  /**
   * The problem as a compiler would print it: {@code file:line:column: field: message}, then the
   * source line with a caret under the column.
   */
  public String format() {
    StringBuilder out = new StringBuilder();
    out.append(file);
    if (line > 0) {
      out.append(':').append(line).append(':').append(column);
    }
    out.append(": ");
    if (!field.isEmpty()) {
      out.append(field).append(": ");
    }
    out.append(message);
    if (!sourceLine.isEmpty()) {
      out.append(String.format(Locale.ROOT, "%n    %s%n    %s^", sourceLine, caretPad()));
    }
    return out.toString();
  }

  private String caretPad() {
    StringBuilder pad = new StringBuilder();
    for (int i = 0; i < Math.max(0, column - 1) && i < sourceLine.length(); i++) {
      pad.append(sourceLine.charAt(i) == '\t' ? '\t' : ' ');
    }
    return pad.toString();
  }
}
