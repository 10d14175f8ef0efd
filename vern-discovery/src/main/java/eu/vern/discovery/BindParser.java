package eu.vern.discovery;

import static eu.vern.discovery.Bytes.ascii;

/**
 * BIND 9's query log: {@code dd-Mon-yyyy hh:mm:ss.mmm [category: severity:] client [@0x...]
 * ADDRESS#PORT (NAME): [view V: ]query: NAME CLASS TYPE FLAGS (SERVER)}, or the same message after
 * a syslog prefix. Lines of other categories are ignored.
 */
final class BindParser implements LineParser {

  private static final byte[] CLIENT = ascii("client ");
  private static final byte[] QUERY_MARK = ascii("query: ");

  private final Times times;
  private final int[] end = new int[1];

  BindParser(Times times) {
    this.times = times;
  }

  @Override
  public int parse(byte[] b, int from, int to, Event e) {
    long t;
    int i;
    if (to - from >= 20 && b[from + 2] == '-') {
      t = times.bind(b, from, to, end);
      i = end[0];
    } else {
      t = times.syslog(b, from, to, end);
      i = end[0];
    }
    if (t == Times.BAD) {
      return LineParser.malformed(e,
          "the line does not start with a BIND timestamp (24-Nov-2026 10:15:32.123) or a syslog one");
    }
    int c = Bytes.indexOf(b, i, to, CLIENT);
    if (c < 0) {
      return IGNORED;
    }
    int p = c + CLIENT.length;
    if (p + 2 < to && b[p] == '@' && b[p + 1] == '0' && b[p + 2] == 'x') {
      p = Bytes.skipSpaces(b, Bytes.tokenEnd(b, p, to), to);
    }
    int clientEnd = Bytes.tokenEnd(b, p, to);
    int hash = Bytes.indexOf(b, p, clientEnd, '#');
    if (hash <= p) {
      return LineParser.malformed(e, "a BIND client must be written ADDRESS#PORT");
    }
    int q = queryMark(b, clientEnd, to);
    if (q < 0) {
      return IGNORED;
    }
    int ns = q + QUERY_MARK.length;
    if (Bytes.startsWith(b, ns, to, QUERY_MARK)) {
      ns += QUERY_MARK.length;
    }
    int ne = Bytes.tokenEnd(b, ns, to);
    if (ne == ns) {
      return LineParser.malformed(e, "a BIND query line needs a name after 'query:'");
    }
    e.time = t;
    e.client(b, p, hash);
    e.name(b, ns, ne);
    e.answers = 0;
    return QUERY;
  }

  /**
   * The first {@code "query: "} at or after {@code from}. BIND writes the name in parentheses
   * first, {@code " (NAME): query: "}: when the token after the client ends with {@code "):"} and
   * the mark follows it, that is the first one (inside the token it would have to end the token
   * with {@code "query:"}), so the name is not searched; otherwise the line is searched.
   */
  private static int queryMark(byte[] b, int from, int to) {
    int open = from + 1;
    if (open < to && b[from] == ' ' && b[open] == '(') {
      int close = Bytes.tokenEnd(b, open, to);
      if (close - open >= 3 && b[close - 1] == ':' && b[close - 2] == ')'
          && Bytes.startsWith(b, close + 1, to, QUERY_MARK)) {
        return close + 1;
      }
    }
    return Bytes.indexOf(b, from, to, QUERY_MARK);
  }
}
