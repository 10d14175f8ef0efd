package eu.vern.discovery;

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

  private static final byte[] DNS = KeyValueFields.value("dns");
  private static final byte[] UTM = KeyValueFields.value("utm");
  private static final byte[] WEBFILTER = KeyValueFields.value("webfilter");
  private static final byte[] DNS_QUERY_EVENT = KeyValueFields.value("dns-query");
  private static final byte[] DNS_RESPONSE_EVENT = KeyValueFields.value("dns-response");

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
  private final KeyValueFields fields = new KeyValueFields("type", "subtype", "eventtype", "srcip",
      "qname", "hostname", "eventtime", "date", "time", "tz", "logid");
  private final int[] starts = fields.starts;
  private final int[] ends = fields.ends;
  /**
   * DNS filter entries not counted because the file's first lines fixed another kind: they
   * appeared only later in a mixed stream. Read by the engine for its note; one per worker.
   */
  long uncountedDns;

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
    fields.scan(b, from, to);
    if (starts[LOGID] < 0 || starts[TYPE] < 0) {
      return Kind.NOT_FORTIGATE;
    }
    if (fields.is(b, TYPE, DNS)) {
      return fields.is(b, SUBTYPE, DNS_QUERY_EVENT) ? Kind.DNS_QUERY
          : fields.is(b, SUBTYPE, DNS_RESPONSE_EVENT) ? Kind.DNS_RESPONSE : Kind.OTHER;
    }
    if (fields.is(b, TYPE, UTM) && fields.is(b, SUBTYPE, DNS)) {
      return fields.is(b, EVENTTYPE, DNS_QUERY_EVENT) ? Kind.DNS_QUERY
          : fields.is(b, EVENTTYPE, DNS_RESPONSE_EVENT) ? Kind.DNS_RESPONSE : Kind.OTHER;
    }
    if (fields.is(b, TYPE, UTM) && fields.is(b, SUBTYPE, WEBFILTER)
        || fields.is(b, TYPE, WEBFILTER)) {
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
    if (ends[DATE] - starts[DATE] != 10 || ends[TIME] - starts[TIME] != 8) {
      return Times.BAD;
    }
    boolean tz = starts[TZ] >= 0 && ends[TZ] - starts[TZ] == 5; // +0100
    return times.dateAndTime(b, starts[DATE], starts[TIME], tz ? starts[TZ] : -1, ends[TZ]);
  }


  /** The line with the values of the keys that name people or devices left out, then masked. */
  @Override
  public String sample(byte[] b, int from, int to) {
    return KeyValueFields.sample(b, from, to, PERSONAL);
  }
}
