package eu.vern.discovery;

import static eu.vern.discovery.Bytes.ascii;

/**
 * Unbound's {@code log-queries} and {@code log-replies} lines: {@code [EPOCH] unbound[PID:T]
 * info: CLIENT NAME TYPE CLASS} for a query, with {@code RCODE TIME CACHED SIZE} added for a
 * reply; the tag is {@code query:}/{@code reply:} with {@code log-tag-queryreply}, and the prefix
 * may be a syslog timestamp instead. Since Unbound 1.19 a reply ends with {@code on PROTO ADDRESS
 * PORT}, where the query arrived. When a log holds both, only queries are counted, or each would
 * count twice; replies count when the log has no query lines. A reply line carries the rcode, not
 * the answer records, so it never names a CNAME target.
 */
final class UnboundParser implements LineParser {

  private static final byte[] INFO = ascii(" info: ");
  private static final byte[] QUERY_TAG = ascii(" query: ");
  private static final byte[] REPLY_TAG = ascii(" reply: ");

  private final Times times;
  private final boolean countReplies;
  private static final int MAX_TOKENS = 13;

  private final int[] starts = new int[MAX_TOKENS];
  private final int[] ends = new int[MAX_TOKENS];
  private final int[] end = new int[1];

  UnboundParser(Times times, boolean countReplies) {
    this.times = times;
    this.countReplies = countReplies;
  }

  /** Whether a line is an Unbound query line (not a reply), for deciding how to count. */
  boolean isQueryLine(byte[] b, int from, int to, Event e) {
    return parse(b, from, to, e, true) == QUERY;
  }

  @Override
  public int parse(byte[] b, int from, int to, Event e) {
    return parse(b, from, to, e, false);
  }

  private int parse(byte[] b, int from, int to, Event e, boolean queriesOnly) {
    long t;
    int i;
    if (from < to && b[from] == '[') {
      int close = Bytes.indexOf(b, from, Math.min(to, from + 24), ']');
      t = close < 0 ? Times.BAD : times.epoch(b, from + 1, close);
      i = close + 1;
    } else {
      t = times.syslog(b, from, to, end);
      i = end[0];
    }
    if (t == Times.BAD) {
      return LineParser.malformed(e,
          "the line does not start with Unbound's [epoch seconds] or a syslog timestamp");
    }
    int tag = Bytes.indexOf(b, i, to, INFO);
    int tagLength = INFO.length;
    boolean tagged = false;
    if (tag < 0) {
      tag = Bytes.indexOf(b, i, to, QUERY_TAG);
      tagLength = QUERY_TAG.length;
      if (tag < 0) {
        tag = Bytes.indexOf(b, i, to, REPLY_TAG);
        tagLength = REPLY_TAG.length;
      }
      tagged = true;
      if (tag < 0) {
        return IGNORED;
      }
    }
    int n = 0;
    int p = tag + tagLength;
    while (n < MAX_TOKENS) {
      p = Bytes.skipSpaces(b, p, to);
      if (p >= to) {
        break;
      }
      starts[n] = p;
      p = Bytes.tokenEnd(b, p, to);
      ends[n] = p;
      n++;
    }
    boolean withDestination = n == 12 && ends[8] - starts[8] == 2 && b[starts[8]] == 'o'
        && b[starts[8] + 1] == 'n';
    if ((n != 4 && n != 8 && !withDestination) || !isClass(b, starts[3], ends[3])) {
      return IGNORED;
    }
    boolean reply = n != 4;
    boolean replyTag = b[tag + 1] == 'r';
    if (tagged && replyTag != reply) {
      return IGNORED;
    }
    if (reply && (queriesOnly || !countReplies)) {
      return IGNORED;
    }
    e.time = t;
    e.client(b, starts[0], ends[0]);
    e.name(b, starts[1], ends[1]);
    e.answers = 0;
    return QUERY;
  }

  private static boolean isClass(byte[] b, int from, int to) {
    int len = to - from;
    if (len == 2) {
      byte c0 = b[from];
      byte c1 = b[from + 1];
      return (c0 == 'I' && c1 == 'N') || (c0 == 'C' && c1 == 'H') || (c0 == 'H' && c1 == 'S');
    }
    if (len == 3) {
      return b[from] == 'A' && b[from + 1] == 'N' && b[from + 2] == 'Y';
    }
    return len > 5 && b[from] == 'C' && b[from + 1] == 'L' && b[from + 2] == 'A'; // CLASS123
  }
}
