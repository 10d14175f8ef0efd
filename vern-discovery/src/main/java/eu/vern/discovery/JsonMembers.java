package eu.vern.discovery;

/**
 * Walks the members of the one JSON object a log line holds (Zeek's JSON lines, AdGuard Home's
 * query log): each call finds the next key and where its value starts, and the reader reads or
 * skips the value itself. Nothing is allocated; the positions go into a caller's array.
 */
final class JsonMembers {

  /** The object's closing brace was reached. */
  static final int END = -1;
  /** The line is not such an object; {@link Event#reason} says why. */
  static final int BAD = -2;

  private JsonMembers() {}

  /** Just inside the object's opening brace, or {@link #BAD} (with {@code notAnObject} as the reason). */
  static int open(byte[] b, int from, int to, Event e, String notAnObject) {
    int i = Bytes.skipSpaces(b, from, to);
    if (i >= to || b[i] != '{') {
      LineParser.malformed(e, notAnObject);
      return BAD;
    }
    return i + 1;
  }

  /**
   * The member at {@code i}: its key's text at {@code [m[0], m[1])}; returns where its value starts,
   * {@link #END} at the closing brace, or {@link #BAD}.
   */
  static int next(byte[] b, int i, int to, int[] m, Event e, String notAnObject) {
    i = Bytes.skipSpaces(b, i, to);
    if (i < to && b[i] == '}') {
      return END;
    }
    if (i >= to || b[i] != '"') {
      LineParser.malformed(e, notAnObject);
      return BAD;
    }
    int ke = Bytes.jsonStringEnd(b, i + 1, to);
    if (ke < 0) {
      LineParser.malformed(e, "an unterminated JSON string");
      return BAD;
    }
    m[0] = i + 1;
    m[1] = ke;
    i = Bytes.skipSpaces(b, ke + 1, to);
    if (i >= to || b[i] != ':') {
      LineParser.malformed(e, "expected ':' after a JSON key");
      return BAD;
    }
    i = Bytes.skipSpaces(b, i + 1, to);
    if (i >= to) {
      LineParser.malformed(e, "a JSON key without a value");
      return BAD;
    }
    return i;
  }

  /** Past the value ending at {@code i} and the comma after it, if any. */
  static int after(byte[] b, int i, int to) {
    i = Bytes.skipSpaces(b, i, to);
    return i < to && b[i] == ',' ? i + 1 : i;
  }
}
