package eu.vern.discovery;

/**
 * Reads the DNS messages some logs carry whole (dnstap's query and response messages, AdGuard
 * Home's packed answers): the question's name and the targets of CNAME records, with RFC 1035's
 * name compression followed, bounds checked on every byte, and nothing allocated.
 */
final class DnsMessage {

  private static final int CNAME = 5;

  private DnsMessage() {}

  /**
   * The targets of the CNAME records in the answer section of the DNS message {@code b[from, to)},
   * decompressed into {@code targets} and added to {@code e} as answers; their number.
   */
  static int cnames(byte[] b, int from, int to, byte[] targets, Event e) {
    e.answers = 0;
    e.answerBuf = targets;
    int questions = (b[from + 4] & 0xFF) << 8 | (b[from + 5] & 0xFF);
    int answers = (b[from + 6] & 0xFF) << 8 | (b[from + 7] & 0xFF);
    int p = from + 12;
    for (int q = 0; q < questions; q++) {
      p = skipName(b, p, to);
      if (p < 0) {
        return 0;
      }
      p += 4;
    }
    int at = 0;
    for (int k = 0; k < answers && p >= 0 && p + 10 <= to; k++) {
      p = skipName(b, p, to);
      if (p < 0 || p + 10 > to) {
        break;
      }
      int type = (b[p] & 0xFF) << 8 | (b[p + 1] & 0xFF);
      int length = (b[p + 8] & 0xFF) << 8 | (b[p + 9] & 0xFF);
      int data = p + 10;
      if (type == CNAME) {
        int end = expand(b, from, data, to, targets, at);
        if (end > at) {
          e.addAnswer(at, end);
          at = end;
        }
      }
      p = data + length;
    }
    return e.answers;
  }

  /** Past the possibly compressed name at {@code p}, or -1. */
  private static int skipName(byte[] b, int p, int to) {
    while (p < to) {
      int len = b[p] & 0xFF;
      if (len == 0) {
        return p + 1;
      }
      if ((len & 0xC0) == 0xC0) {
        return p + 2;
      }
      p += 1 + len;
    }
    return -1;
  }

  /**
   * The possibly compressed name at {@code p} of the message starting at {@code message}, written
   * with dots at {@code out[at]}; the end, or {@code at} when it cannot be read (a pointer loop, a
   * name past the message, no room left).
   */
  private static int expand(byte[] b, int message, int p, int to, byte[] out, int at) {
    int n = at;
    for (int jumps = 0; p >= message && p < to && jumps < 64; ) {
      int len = b[p] & 0xFF;
      if (len == 0) {
        return n;
      }
      if ((len & 0xC0) == 0xC0) {
        if (p + 1 >= to) {
          return at;
        }
        p = message + ((len & 0x3F) << 8 | (b[p + 1] & 0xFF));
        jumps++;
        continue;
      }
      if (len > 63 || p + 1 + len > to || n + len + 1 > out.length) {
        return at;
      }
      if (n > at) {
        out[n++] = '.';
      }
      System.arraycopy(b, p + 1, out, n, len);
      n += len;
      p += 1 + len;
    }
    return at;
  }

  /**
   * The first question's name of the DNS message {@code b[from, to)} written with dots into
   * {@code out} (no trailing dot), its length; -1 when the message has no question. The root
   * name is written as a single dot.
   */
  static int name(byte[] b, int from, int to, byte[] out) {
    if (to - from < 12 + 1 || ((b[from + 4] & 0xFF) << 8 | (b[from + 5] & 0xFF)) == 0) {
      return -1;
    }
    if (b[from + 12] == 0) {
      out[0] = '.';
      return 1;
    }
    int n = expand(b, from, from + 12, to, out, 0);
    return n == 0 ? -1 : n;
  }
}
