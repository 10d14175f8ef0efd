package eu.vern.discovery;

/**
 * Zeek's {@code dns.log} written as JSON lines ({@code LogAscii::use_json}): one object per line
 * with {@code ts} (epoch seconds, or an ISO 8601 string when so configured), {@code id.orig_h},
 * {@code query} and {@code answers} (an array of strings). A small scanner reads only those keys.
 */
final class ZeekJsonParser implements LineParser {

  private static final String NOT_AN_OBJECT = "a Zeek JSON line must be one JSON object";

  private final Times times;
  private final int[] member = new int[2];

  ZeekJsonParser(Times times) {
    this.times = times;
  }

  @Override
  public int parse(byte[] b, int from, int to, Event e) {
    int i = JsonMembers.open(b, from, to, e, NOT_AN_OBJECT);
    if (i == JsonMembers.BAD) {
      return MALFORMED;
    }
    long t = Times.BAD;
    int cs = -1;
    int ce = -1;
    int qs = -1;
    int qe = -1;
    e.answers = 0;
    e.answerBuf = b;
    while ((i = JsonMembers.next(b, i, to, member, e, NOT_AN_OBJECT)) >= 0) {
      int key = keyOf(b, member[0], member[1]);
      if (b[i] == '"') {
        int vs = i + 1;
        int ve = Bytes.jsonStringEnd(b, vs, to);
        if (ve < 0) {
          return LineParser.malformed(e, "an unterminated JSON string");
        }
        switch (key) {
          case 1 -> t = times.iso(b, vs, ve);
          case 2 -> {
            cs = vs;
            ce = ve;
          }
          case 3 -> {
            qs = vs;
            qe = ve;
          }
          default -> {}
        }
        i = ve + 1;
      } else if (b[i] == '[') {
        i++;
        while (true) {
          i = Bytes.skipSpaces(b, i, to);
          if (i < to && b[i] == ']') {
            i++;
            break;
          }
          if (i < to && b[i] == ',') {
            i++;
            continue;
          }
          if (i < to && b[i] == '"') {
            int vs = i + 1;
            int ve = Bytes.jsonStringEnd(b, vs, to);
            if (ve < 0) {
              return LineParser.malformed(e, "an unterminated JSON string");
            }
            if (key == 4) {
              e.addAnswer(vs, ve);
            }
            i = ve + 1;
          } else {
            int ve = Bytes.jsonScalarEnd(b, i, to);
            if (ve == i) {
              return LineParser.malformed(e, "a JSON array that is not closed");
            }
            i = ve;
          }
        }
      } else {
        int ve = Bytes.jsonScalarEnd(b, i, to);
        if (ve == i) {
          return LineParser.malformed(e, "a JSON value that cannot be read");
        }
        if (key == 1) {
          t = times.epoch(b, i, ve);
        }
        i = ve;
      }
      i = JsonMembers.after(b, i, to);
    }
    if (i == JsonMembers.BAD) {
      return MALFORMED;
    }
    if (t == Times.BAD || cs < 0) {
      return LineParser.malformed(e, "a Zeek dns.log JSON line needs \"ts\" and \"id.orig_h\"");
    }
    if (qs < 0 || qe == qs) {
      return IGNORED;
    }
    e.time = t;
    e.client(b, cs, ce);
    e.name(b, qs, qe);
    return QUERY;
  }

  /** 1 ts, 2 id.orig_h, 3 query, 4 answers, 0 any other key. */
  private static int keyOf(byte[] b, int s, int e) {
    int len = e - s;
    if (len == 2 && b[s] == 't' && b[s + 1] == 's') {
      return 1;
    }
    if (len == 9 && b[s] == 'i' && b[s + 3] == 'o' && b[s + 8] == 'h' && b[s + 2] == '.') {
      return 2;
    }
    if (len == 5 && b[s] == 'q' && b[s + 1] == 'u' && b[s + 4] == 'y') {
      return 3;
    }
    if (len == 7 && b[s] == 'a' && b[s + 1] == 'n' && b[s + 6] == 's') {
      return 4;
    }
    return 0;
  }
}
