package eu.vern.discovery;

import static eu.vern.discovery.Bytes.ascii;

/**
 * The Windows DNS Server debug log with packet logging: {@code DATE TIME [AM|PM] THREAD PACKET
 * CONTEXT UDP|TCP Snd|Rcv REMOTE-IP XID [R] OPCODE [FLAGS-HEX FLAG-CHARS RCODE] QTYPE NAME}, the
 * name written as {@code (3)www(7)example(3)com(0)}. Only queries the server received ({@code
 * Rcv}, no {@code R}, opcode {@code Q}) count; the header block at the top of the file and other
 * event lines are ignored.
 */
final class WindowsDnsParser implements LineParser {

  private static final byte[] PACKET = ascii("PACKET");
  private static final byte[] PACKET_TOKEN = ascii(" PACKET ");

  /** What to do about a server that writes slash dates day first; the dates alone cannot say. */
  static final String DAY_FIRST_HINT =
      "a server that writes slashes day first (24/11/2026) needs --day-first";

  /** Said of a file whose slash dates never showed whether the month or the day comes first. */
  static final String ORDER_UNKNOWN_NOTE = "every date is written with slashes and neither day nor"
      + " month goes past 12 (such as 05/12/2026), so the order cannot be told; the dates were read"
      + " month first, as US English servers write them. If this server writes the day first"
      + " (British English), run again with --day-first";

  private static final byte[][] HEADERS = {
    ascii("DNS Server log"), ascii("Log file wrap"), ascii("Message logging key"),
    ascii("Field #"), ascii("-------")
  };

  private final Times times;
  private final int[] end = new int[1];

  /** Whether this parser read slash dates with the year last, and whether one showed their order. */
  boolean slashDates;
  boolean slashOrderShown;

  WindowsDnsParser(Times times) {
    this.times = times;
  }

  @Override
  public int parse(byte[] b, int from, int to, Event e) {
    long t = times.windows(b, from, to, end);
    if (t == Times.BAD) {
      if (b[from] == ' ' || b[from] == '\t') {
        return IGNORED; // the legend and details are indented
      }
      for (byte[] h : HEADERS) {
        if (Bytes.startsWith(b, from, to, h)) {
          return IGNORED;
        }
      }
      return LineParser.malformed(e, "a Windows DNS debug log line starts with a date and time"
          + " (11/24/2026 10:15:32 AM, or in the server's regional format); " + DAY_FIRST_HINT);
    }
    if (times.slashOrder != Times.NOT_SLASHED) {
      slashDates = true;
      slashOrderShown |= times.slashOrder == Times.ORDER_SHOWN;
    }
    int p = Bytes.skipSpaces(b, end[0], to);
    p = Bytes.skipSpaces(b, Bytes.tokenEnd(b, p, to), to); // thread id
    if (!Bytes.startsWith(b, p, to, PACKET)) {
      return IGNORED; // EVENT, Note and other kinds of line
    }
    p = Bytes.skipSpaces(b, p + PACKET.length, to);
    p = Bytes.skipSpaces(b, Bytes.tokenEnd(b, p, to), to); // context
    p = Bytes.skipSpaces(b, Bytes.tokenEnd(b, p, to), to); // UDP/TCP
    int ds = p;
    int de = Bytes.tokenEnd(b, p, to);
    int cs = Bytes.skipSpaces(b, de, to);
    int ce = Bytes.tokenEnd(b, cs, to);
    p = Bytes.skipSpaces(b, ce, to);
    p = Bytes.skipSpaces(b, Bytes.tokenEnd(b, p, to), to); // xid
    if (de - ds != 3 || ce == cs || p >= to) {
      return LineParser.malformed(e, "a Windows DNS PACKET line names protocol, direction, address and id");
    }
    boolean received = b[ds] == 'R' && b[ds + 1] == 'c' && b[ds + 2] == 'v';
    boolean response = b[p] == 'R' && p + 1 < to && b[p + 1] == ' ';
    if (response) {
      p = Bytes.skipSpaces(b, p + 1, to);
    }
    boolean standardQuery = p < to && b[p] == 'Q' && p + 1 < to && b[p + 1] == ' ';
    int open = Bytes.indexOf(b, p, to, '[');
    int close = open < 0 ? -1 : Bytes.indexOf(b, open, to, ']');
    if (close < 0) {
      return LineParser.malformed(e, "a Windows DNS PACKET line has its flags in [brackets]");
    }
    if (!received || response || !standardQuery) {
      return IGNORED;
    }
    p = Bytes.skipSpaces(b, close + 1, to);
    p = Bytes.skipSpaces(b, Bytes.tokenEnd(b, p, to), to); // question type
    int ns = p;
    int ne = Bytes.tokenEnd(b, p, to);
    int length = decode(b, ns, ne, e.scratch);
    if (length < 0) {
      return LineParser.malformed(e, "a Windows DNS name is written (3)www(7)example(3)com(0)");
    }
    if (length == 0) {
      return IGNORED; // the root
    }
    e.time = t;
    e.client(b, cs, ce);
    e.name(e.scratch, 0, length);
    e.answers = 0;
    return QUERY;
  }

  /** Rewrites {@code (3)www(7)example(3)com(0)} as {@code www.example.com}; -1 when malformed. */
  static int decode(byte[] b, int from, int to, byte[] out) {
    int o = 0;
    int i = from;
    while (i < to) {
      if (b[i] != '(') {
        return -1;
      }
      int close = Bytes.indexOf(b, i + 1, to, ')');
      long len = close < 0 ? -1 : Bytes.digits(b, i + 1, close);
      if (len < 0 || close + 1 + len > to) {
        return -1;
      }
      if (len == 0) {
        return o == 0 ? 0 : o - 1;
      }
      if (o + len + 1 > out.length) {
        return -1;
      }
      System.arraycopy(b, close + 1, out, o, (int) len);
      o += (int) len;
      out[o++] = '.';
      i = close + 1 + (int) len;
    }
    return -1;
  }

  /** Whether the first bytes of a log hold Windows DNS packet lines, whatever their dates. */
  static boolean hasPacketLines(byte[] head, int len) {
    return Bytes.indexOf(head, 0, len, PACKET_TOKEN) >= 0;
  }
}
