package eu.vern.discovery;

/**
 * AdGuard Home's query log ({@code querylog.json} in its work directory, and the rotated {@code
 * querylog.json.1}): one JSON object a line, of which Vern reads {@code T} (the time, RFC 3339 with
 * nanoseconds and the server's offset), {@code QH} (the queried host) and {@code IP} (the client);
 * the answer, the filtering result (a nested object) and the rest are skipped. Every entry is a
 * client's query, blocked ones included.
 */
final class AdGuardHomeParser implements LineParser {

  private static final String NOT_AN_ENTRY = "an AdGuard Home query log line is one JSON object";

  private final Times times;
  private final int[] key = new int[2];

  AdGuardHomeParser(Times times) {
    this.times = times;
  }

  @Override
  public int parse(byte[] b, int from, int to, Event e) {
    int i = JsonMembers.open(b, from, to, e, NOT_AN_ENTRY);
    if (i == JsonMembers.BAD) {
      return MALFORMED;
    }
    long t = Times.BAD;
    int cs = -1;
    int ce = -1;
    int hs = -1;
    int he = -1;
    while ((i = JsonMembers.next(b, i, to, key, e, NOT_AN_ENTRY)) >= 0) {
      int ve = Bytes.jsonValueEnd(b, i, to);
      if (ve <= i) {
        return LineParser.malformed(e, "a JSON value that is not closed");
      }
      int ks = key[0];
      int len = key[1] - ks;
      if (b[i] == '"') {
        if (len == 1 && b[ks] == 'T') {
          t = times.iso(b, i + 1, ve - 1);
        } else if (len == 2 && b[ks] == 'Q' && b[ks + 1] == 'H') {
          hs = i + 1;
          he = ve - 1;
        } else if (len == 2 && b[ks] == 'I' && b[ks + 1] == 'P') {
          cs = i + 1;
          ce = ve - 1;
        }
      }
      i = JsonMembers.after(b, ve, to);
    }
    if (i == JsonMembers.BAD) {
      return MALFORMED;
    }
    if (t == Times.BAD || cs < 0 || ce == cs) {
      return LineParser.malformed(e, "an AdGuard Home query log entry needs \"T\" (its time) and \"IP\"");
    }
    if (hs < 0 || he == hs) {
      return LineParser.malformed(e, "an AdGuard Home query log entry needs \"QH\" (the host)");
    }
    e.time = t;
    e.client(b, cs, ce);
    e.name(b, hs, he);
    e.answers = 0;
    return QUERY;
  }
}
