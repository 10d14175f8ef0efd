package eu.vern.discovery;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * FortiGate's logs as FortiOS writes them to disk, FortiAnalyzer or syslog: one entry a line of
 * {@code key=value} pairs, a value double-quoted when it is text ({@code date=2026-11-24
 * time=08:00:00 logid="1500054000" type="utm" subtype="dns" eventtype="dns-query" … srcip=10.0.0.1
 * … qname="example.com" …}), after a syslog header or none. Three kinds of entry name a host:
 * DNS filter queries ({@code qname}; {@code type="dns" subtype="dns-query"} before FortiOS 6.2,
 * {@code type="utm" subtype="dns" eventtype="dns-query"} since), DNS filter responses (the same
 * query again, with the filter's action) and web filter entries ({@code type="utm"
 * subtype="webfilter"}, {@code hostname}). Which kind counts is fixed per file by {@link Mode},
 * so that one lookup is not counted twice. The client is {@code srcip}; the time is {@code
 * eventtime} (seconds, or milli-, micro- or nanoseconds since the epoch, by its length), else
 * {@code date} and {@code time} at {@code tz}, else in the configured zone.
 *
 * <p>Entries name users, their groups, devices and MAC addresses; a malformed line's sample
 * leaves their values out.
 */
final class FortiGateParser implements LineParser {

  /** Which entries of a file count as queries. */
  enum Mode {
    /** DNS filter queries: the file has them, so responses would count each lookup twice. */
    QUERIES,
    /** DNS filter responses: only DNS filter actions are logged. */
    RESPONSES,
    /** Web filter entries: the file has no DNS filter entries. */
    WEB,
    /** Any of the three: only for telling the format from a file's first lines. */
    ANY;

    /** The mode for a file whose first lines are {@code lines} of {@code head}. */
    static Mode of(byte[] head, List<int[]> lines, Times times) {
      FortiGateParser survey = new FortiGateParser(times, ANY);
      boolean queries = false;
      boolean responses = false;
      for (int[] line : lines) {
        Kind kind = survey.kind(head, line[0], line[1]);
        queries |= kind == Kind.DNS_QUERY;
        responses |= kind == Kind.DNS_RESPONSE;
      }
      return queries ? QUERIES : responses ? RESPONSES : WEB;
    }
  }

  /**
   * What the report says of a file whose DNS filter entries appeared only after its first lines
   * had fixed another kind to count.
   */
  static final String LATE_DNS_NOTE = "DNS filter entries appeared only after the first lines, which"
      + " had set its %s to be counted, and %,d of them were not counted; give the DNS filter log as a"
      + " file of its own";

  private enum Kind { DNS_QUERY, DNS_RESPONSE, WEB, OTHER, NOT_FORTIGATE }

  private static final byte[][] KEYS = keys("type", "subtype", "eventtype", "srcip", "qname",
      "hostname", "eventtime", "date", "time", "tz", "logid");
  private static final long[] PACKED = packed(KEYS);
  private static final int TYPE = 0;
  private static final int SUBTYPE = 1;
  private static final int EVENTTYPE = 2;
  private static final int SRCIP = 3;
  private static final int QNAME = 4;
  private static final int HOSTNAME = 5;
  private static final int EVENTTIME = 6;
  private static final int DATE = 7;
  private static final int TIME = 8;
  private static final int TZ = 9;
  private static final int LOGID = 10;

  /** Keys whose values name a person or a device, left out of samples. */
  private static final List<String> PERSONAL = List.of("user", "unauthuser", "dstuser", "group",
      "srcmac", "dstmac", "mastersrcmac", "masterdstmac", "srcname", "dstname", "fctuid",
      "unauthusersource", "srcdomain", "devname", "osname", "srchwvendor", "srcfamily", "srcswversion");

  private final Times times;
  private final Mode mode;
  private final int[] starts = new int[KEYS.length];
  private final int[] ends = new int[KEYS.length];
  /**
   * DNS filter entries not counted because the file's first lines fixed another kind: they
   * appeared only later in a mixed stream. Read by the engine for its note; one per worker.
   */
  long uncountedDns;
  /** {@code date} and {@code time} (and {@code tz}) joined into one ISO 8601 time. */
  private final byte[] iso = new byte[24];

  FortiGateParser(Times times, Mode mode) {
    this.times = times;
    this.mode = mode;
  }

  @Override
  public int parse(byte[] b, int from, int to, Event e) {
    Kind kind = kind(b, from, to);
    if (kind == Kind.NOT_FORTIGATE) {
      return LineParser.malformed(e, "a FortiGate log line holds logid=, type= and subtype= fields");
    }
    boolean counted = switch (kind) {
      case DNS_QUERY -> mode == Mode.QUERIES || mode == Mode.ANY;
      case DNS_RESPONSE -> mode == Mode.RESPONSES || mode == Mode.ANY;
      case WEB -> mode == Mode.WEB || mode == Mode.ANY;
      default -> false;
    };
    if (!counted) {
      if (kind == Kind.DNS_QUERY || kind == Kind.DNS_RESPONSE && mode == Mode.WEB) {
        uncountedDns++;
      }
      return IGNORED;
    }
    int host = kind == Kind.WEB ? HOSTNAME : QNAME;
    if (starts[SRCIP] < 0 || ends[SRCIP] == starts[SRCIP]) {
      return LineParser.malformed(e, "a FortiGate DNS or web filter entry needs srcip=");
    }
    if (starts[host] < 0 || ends[host] == starts[host]) {
      return LineParser.malformed(e, kind == Kind.WEB
          ? "a FortiGate web filter entry needs hostname=" : "a FortiGate DNS entry needs qname=");
    }
    long t = time(b);
    if (t == Times.BAD) {
      return LineParser.malformed(e,
          "a FortiGate entry needs eventtime= or date=yyyy-mm-dd time=hh:mm:ss");
    }
    e.time = t;
    e.client(b, starts[SRCIP], ends[SRCIP]);
    e.name(b, starts[host], ends[host]);
    e.answers = 0;
    return QUERY;
  }

  /** What the entry is; fills {@link #starts} and {@link #ends} with the fields it has. */
  private Kind kind(byte[] b, int from, int to) {
    fields(b, from, to);
    if (starts[LOGID] < 0 || starts[TYPE] < 0) {
      return Kind.NOT_FORTIGATE;
    }
    if (is(b, TYPE, "dns")) {
      return is(b, SUBTYPE, "dns-query") ? Kind.DNS_QUERY
          : is(b, SUBTYPE, "dns-response") ? Kind.DNS_RESPONSE : Kind.OTHER;
    }
    if (is(b, TYPE, "utm") && is(b, SUBTYPE, "dns")) {
      return is(b, EVENTTYPE, "dns-query") ? Kind.DNS_QUERY
          : is(b, EVENTTYPE, "dns-response") ? Kind.DNS_RESPONSE : Kind.OTHER;
    }
    if (is(b, TYPE, "utm") && is(b, SUBTYPE, "webfilter") || is(b, TYPE, "webfilter")) {
      return Kind.WEB;
    }
    return Kind.OTHER;
  }

  private long time(byte[] b) {
    if (starts[EVENTTIME] >= 0) {
      int s = starts[EVENTTIME];
      int n = ends[EVENTTIME] - s;
      long v = Bytes.digits(b, s, ends[EVENTTIME]);
      if (v >= 0 && n >= 9) {
        // FortiOS 6.0 wrote seconds, later versions nanoseconds; milli- and microseconds occur too
        return n <= 10 ? v * 1000 : n <= 13 ? v : n <= 16 ? v / 1000 : v / 1_000_000;
      }
    }
    if (starts[DATE] < 0 || starts[TIME] < 0) {
      return Times.BAD;
    }
    int ds = starts[DATE];
    int ts = starts[TIME];
    if (ends[DATE] - ds != 10 || ends[TIME] - ts != 8) {
      return Times.BAD;
    }
    System.arraycopy(b, ds, iso, 0, 10);
    iso[10] = 'T';
    System.arraycopy(b, ts, iso, 11, 8);
    int n = 19;
    if (starts[TZ] >= 0 && ends[TZ] - starts[TZ] == 5) {
      System.arraycopy(b, starts[TZ], iso, 19, 5); // +0100
      n = 24;
    }
    return times.iso(iso, 0, n);
  }

  private boolean is(byte[] b, int key, String value) {
    int s = starts[key];
    if (s < 0 || ends[key] - s != value.length()) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      if (b[s + i] != value.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Finds the wanted keys' values in {@code b[from, to)}: a key is a run of letters, digits and
   * underscores before {@code =} at the start of a space-separated token; a value is quoted (a
   * backslash escapes the next character) or runs to the next space.
   */
  private void fields(byte[] b, int from, int to) {
    java.util.Arrays.fill(starts, -1);
    int p = from;
    if (p < to && b[p] == '<') { // a syslog priority, <189>, right before the first field
      int close = Bytes.indexOf(b, p, Math.min(to, p + 6), '>');
      p = close < 0 ? p : close + 1;
    }
    while (p < to) {
      p = Bytes.skipSpaces(b, p, to);
      int k = p;
      long packed = 0; // the name's last eight bytes, to compare with the wanted ones at once
      while (p < to && isKeyChar(b[p])) {
        packed = packed << 8 | b[p];
        p++;
      }
      if (p < to && b[p] == '=' && p > k) {
        int key = key(b, k, p, packed);
        int vs = p + 1;
        int ve;
        if (vs < to && b[vs] == '"') {
          vs++;
          ve = closingQuote(b, vs, to);
          p = ve + 1;
        } else {
          ve = Bytes.tokenEnd(b, vs, to);
          p = ve;
        }
        if (key >= 0 && starts[key] < 0) {
          starts[key] = vs;
          ends[key] = ve;
        }
      } else {
        p = Math.max(p + 1, Bytes.tokenEnd(b, p, to)); // a syslog header word, or text that is no field
      }
    }
  }

  /**
   * The closing quote of a value starting at {@code from}, found eight bytes at a time; a quote
   * after an odd number of backslashes is escaped. {@code to} when there is none.
   */
  private static int closingQuote(byte[] b, int from, int to) {
    int q = Bytes.indexOf(b, from, to, '"');
    while (q >= 0) {
      int backslashes = 0;
      while (q - backslashes - 1 >= from && b[q - backslashes - 1] == '\\') {
        backslashes++;
      }
      if ((backslashes & 1) == 0) {
        return q;
      }
      q = Bytes.indexOf(b, q + 1, to, '"');
    }
    return to;
  }

  /** The wanted key {@code b[from, to)} is, or -1; {@code packed} holds its last eight bytes. */
  private static int key(byte[] b, int from, int to, long packed) {
    for (int k = 0; k < KEYS.length; k++) {
      if (PACKED[k] == packed && KEYS[k].length == to - from
          && (to - from <= 8 || java.util.Arrays.equals(KEYS[k], 0, KEYS[k].length, b, from, to))) {
        return k;
      }
    }
    return -1;
  }

  private static boolean isKeyChar(byte c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
  }

  /** The line with the values of {@link #PERSONAL} keys replaced by {@code <hidden>}, then masked. */
  @Override
  public String sample(byte[] b, int from, int to) {
    java.io.ByteArrayOutputStream kept = new java.io.ByteArrayOutputStream(to - from + 16);
    byte[] hidden = "=<hidden>".getBytes(StandardCharsets.US_ASCII);
    int p = from;
    while (p < to) {
      int k = p;
      while (p < to && isKeyChar(b[p])) {
        p++;
      }
      kept.write(b, k, p - k);
      if (p < to && b[p] == '=' && PERSONAL.contains(new String(b, k, p - k, StandardCharsets.US_ASCII))) {
        kept.write(hidden, 0, hidden.length);
        int vs = p + 1;
        if (vs < to && b[vs] == '"') {
          p = Math.min(closingQuote(b, vs + 1, to) + 1, to);
        } else {
          p = Bytes.tokenEnd(b, vs, to);
        }
      } else if (p < to) {
        kept.write(b[p++]);
      }
    }
    byte[] shown = kept.toByteArray();
    return Masking.mask(shown, 0, shown.length);
  }

  private static long[] packed(byte[][] keys) {
    long[] packed = new long[keys.length];
    for (int k = 0; k < keys.length; k++) {
      for (byte c : keys[k]) {
        packed[k] = packed[k] << 8 | c;
      }
    }
    return packed;
  }

  private static byte[][] keys(String... names) {
    byte[][] keys = new byte[names.length][];
    for (int i = 0; i < names.length; i++) {
      keys[i] = names[i].getBytes(StandardCharsets.US_ASCII);
    }
    return keys;
  }
}
