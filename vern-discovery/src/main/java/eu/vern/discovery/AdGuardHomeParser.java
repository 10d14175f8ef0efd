package eu.vern.discovery;

/**
 * AdGuard Home's query log ({@code querylog.json} in its work directory, and the rotated {@code
 * querylog.json.1}): one JSON object a line, of which Vern reads {@code T} (the time, RFC 3339 with
 * nanoseconds and the server's offset), {@code QH} (the queried host), {@code IP} (the client) and
 * {@code Answer} (the DNS response, packed and base64-encoded), whose CNAME targets give aliases
 * and leaks; the filtering result (a nested object) and the rest are skipped. Every entry is a
 * client's query, blocked ones included.
 */
final class AdGuardHomeParser implements LineParser {

  private static final String NOT_AN_ENTRY = "an AdGuard Home query log line is one JSON object";

  private final Times times;
  private final int[] key = new int[2];
  /** The decoded answer, and the CNAME targets read from it. */
  private final byte[] message = new byte[8192];
  private final byte[] targets = new byte[4096];

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
    int as = -1;
    int ae = -1;
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
        } else if (len == 6 && b[ks] == 'A' && b[ks + 1] == 'n' && b[ks + 5] == 'r') {
          as = i + 1;
          ae = ve - 1;
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
    int n = as < 0 ? -1 : base64(b, as, ae, message);
    if (n >= 12) {
      DnsMessage.cnames(message, 0, n, targets, e);
    }
    return QUERY;
  }

  private static final byte[] BASE64 = new byte[256];

  static {
    java.util.Arrays.fill(BASE64, (byte) -1);
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    for (int i = 0; i < alphabet.length(); i++) {
      BASE64[alphabet.charAt(i)] = (byte) i;
    }
  }

  /**
   * Decodes the base64 text {@code b[from, to)} (standard alphabet, padded, as Go's JSON encodes a
   * byte slice) into {@code out}; its length, or -1 when it is not base64 or does not fit.
   */
  static int base64(byte[] b, int from, int to, byte[] out) {
    while (to > from && b[to - 1] == '=') {
      to--;
    }
    int n = 0;
    int bits = 0;
    int count = 0;
    for (int i = from; i < to; i++) {
      int v = BASE64[b[i] & 0xFF];
      if (v < 0) {
        return -1;
      }
      bits = bits << 6 | v;
      count += 6;
      if (count >= 8) {
        if (n == out.length) {
          return -1;
        }
        count -= 8;
        out[n++] = (byte) (bits >> count);
      }
    }
    return n;
  }
}
