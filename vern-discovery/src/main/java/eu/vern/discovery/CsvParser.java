package eu.vern.discovery;

/**
 * A plain CSV log, {@code timestamp,client,name}: the timestamp in ISO 8601 (with or without a
 * zone) or epoch seconds; fields may be double-quoted; further columns are ignored; a first line
 * starting with {@code timestamp} is a header.
 */
final class CsvParser implements LineParser {

  private final Times times;

  CsvParser(Times times) {
    this.times = times;
  }

  @Override
  public int parse(byte[] b, int from, int to, Event e) {
    if ((b[from] | 0x20) == 't' && to - from >= 9 && (b[from + 1] | 0x20) == 'i') {
      return IGNORED; // the header
    }
    if (b[from] == '"' && to - from > 10 && (b[from + 1] | 0x20) == 't' && (b[from + 2] | 0x20) == 'i') {
      return IGNORED;
    }
    int c1 = Bytes.indexOf(b, from, to, ',');
    int c2 = c1 < 0 ? -1 : Bytes.indexOf(b, c1 + 1, to, ',');
    if (c2 < 0) {
      return LineParser.malformed(e, "a CSV line needs timestamp,client,name");
    }
    int c3 = Bytes.indexOf(b, c2 + 1, to, ',');
    int nameEnd = c3 < 0 ? to : c3;
    int ts = trimStart(b, from, c1);
    int te = trimEnd(b, ts, c1);
    long t = times.iso(b, ts, te);
    if (t == Times.BAD) {
      return LineParser.malformed(e,
          "the CSV timestamp must be ISO 8601 (2026-11-24T10:15:32Z) or epoch seconds");
    }
    int cs = trimStart(b, c1 + 1, c2);
    int ce = trimEnd(b, cs, c2);
    int ns = trimStart(b, c2 + 1, nameEnd);
    int ne = trimEnd(b, ns, nameEnd);
    if (ce == cs || ne == ns) {
      return LineParser.malformed(e, "a CSV line needs a client and a name");
    }
    e.time = t;
    e.client(b, cs, ce);
    e.name(b, ns, ne);
    e.answers = 0;
    return QUERY;
  }

  private static int trimStart(byte[] b, int from, int to) {
    int i = Bytes.skipSpaces(b, from, to);
    return i < to && b[i] == '"' ? i + 1 : i;
  }

  private static int trimEnd(byte[] b, int from, int to) {
    int i = to;
    while (i > from && (b[i - 1] == ' ' || b[i - 1] == '\t' || b[i - 1] == '"')) {
      i--;
    }
    return i;
  }
}
