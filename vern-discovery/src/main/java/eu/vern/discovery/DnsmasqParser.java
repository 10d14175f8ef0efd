package eu.vern.discovery;

import static eu.vern.discovery.Bytes.ascii;

import org.jspecify.annotations.Nullable;

/**
 * dnsmasq's {@code log-queries} lines, also written by Pi-hole's pihole-FTL: {@code Mmm dd
 * hh:mm:ss dnsmasq[PID]: query[TYPE] NAME from CLIENT}; with {@code log-queries=extra} a serial
 * number and {@code CLIENT/PORT} come before {@code query[}. Forwarded and other lines are ignored.
 *
 * <p>Answers: dnsmasq logs a CNAME as {@code reply NAME is <CNAME>} (or {@code cached}), then the
 * target's own reply lines. Only {@code log-queries=extra} ties those lines to their query (the
 * serial number, repeated on each line, with the client); there, a chain that ends in a reply is
 * given back as {@link LineParser#ANSWERS}: the queried name, its client and every name the chain
 * passed through. Without the serial, reply lines of concurrent queries cannot be told apart, so
 * they stay ignored. A chain whose lines fall into two read chunks is not seen.
 */
final class DnsmasqParser implements LineParser {

  private static final byte[] QUERY_MARK = ascii("query[");
  private static final byte[] FROM = ascii(" from ");
  private static final byte[] REPLY = ascii("reply ");
  private static final byte[] CACHED = ascii("cached ");
  private static final byte[] IS = ascii(" is ");
  private static final byte[] CNAME = ascii("<CNAME>");
  /** Chains being read at once: concurrent queries interleave their reply lines. */
  private static final int CHAINS = 8;
  /** A chain not finished within this time is dropped: its end was not logged or not read. */
  private static final long CHAIN_MILLIS = 60_000;

  private final Times times;
  private final Chain[] chains = new Chain[CHAINS];
  private int nextChain;

  private final int[] end = new int[1];

  DnsmasqParser(Times times) {
    this.times = times;
  }

  @Override
  public int parse(byte[] b, int from, int to, Event e) {
    long t = times.syslog(b, from, to, end);
    if (t == Times.BAD) {
      return LineParser.malformed(e,
          "the line does not start with a syslog timestamp (Nov 24 10:15:32 or 2026-11-24T10:15:32+01:00)");
    }
    int colon = Bytes.indexOf(b, end[0], to, ':');
    if (colon < 0 || colon + 2 > to || b[colon + 1] != ' ') {
      return LineParser.malformed(e, "expected 'PROCESS[PID]: ' after the timestamp");
    }
    int p = colon + 2;
    // log-queries=extra: "SERIAL CLIENT/PORT query[A] ..."
    long serial = -1;
    int clientFrom = -1;
    int clientTo = -1;
    if (p < to && Bytes.isDigit(b[p])) {
      int serialEnd = Bytes.tokenEnd(b, p, to);
      int next = Bytes.skipSpaces(b, serialEnd, to);
      int addrEnd = Bytes.tokenEnd(b, next, to);
      int slash = Bytes.indexOf(b, next, addrEnd, '/');
      long digits = Bytes.digits(b, p, serialEnd);
      if (digits >= 0 && slash > next) {
        serial = digits;
        clientFrom = next;
        clientTo = slash;
        p = Bytes.skipSpaces(b, addrEnd, to);
      }
    }
    if (!Bytes.startsWith(b, p, to, QUERY_MARK)) {
      if (serial < 0) {
        return IGNORED;
      }
      int mark = Bytes.startsWith(b, p, to, REPLY) ? REPLY.length
          : Bytes.startsWith(b, p, to, CACHED) ? CACHED.length : -1;
      return mark < 0 ? IGNORED : answer(b, p + mark, to, t, serial, clientFrom, clientTo, e);
    }
    int close = Bytes.indexOf(b, p + QUERY_MARK.length, to, ']');
    if (close < 0 || close + 1 >= to) {
      return LineParser.malformed(e, "a dnsmasq query line reads 'query[TYPE] NAME from CLIENT'");
    }
    int ns = Bytes.skipSpaces(b, close + 1, to);
    int ne = Bytes.tokenEnd(b, ns, to);
    if (ne == ns || !Bytes.startsWith(b, ne, to, FROM)) {
      return LineParser.malformed(e, "a dnsmasq query line reads 'query[TYPE] NAME from CLIENT'");
    }
    int cs = ne + FROM.length;
    int ce = Bytes.tokenEnd(b, cs, to);
    if (ce == cs) {
      return LineParser.malformed(e, "a dnsmasq query line needs a client after 'from'");
    }
    e.time = t;
    e.client(b, cs, ce);
    e.name(b, ns, ne);
    e.answers = 0;
    return QUERY;
  }

  /**
   * One {@code reply NAME is WHAT} line of query {@code serial}: {@code <CNAME>} starts or extends
   * a chain; anything else (an address, NXDOMAIN) ends the chain it belongs to.
   */
  private int answer(byte[] b, int ns, int to, long t, long serial, int clientFrom, int clientTo, Event e) {
    int ne = Bytes.tokenEnd(b, ns, to);
    if (ne == ns || !Bytes.startsWith(b, ne, to, IS)) {
      return IGNORED;
    }
    boolean cname = Bytes.startsWith(b, ne + IS.length, to, CNAME);
    Chain chain = find(serial, t);
    if (chain == null) {
      if (cname) {
        start(serial, t, b, clientFrom, clientTo, ns, ne);
      }
      return IGNORED;
    }
    chain.add(b, ns, ne);
    if (cname) {
      return IGNORED;
    }
    chain.serial = -1;
    e.time = chain.time;
    e.client(chain.client, 0, chain.clientLength);
    e.name(chain.names, 0, chain.ends[0]);
    e.answerBuf = chain.names;
    e.answers = 0;
    for (int i = 1; i < chain.count; i++) {
      e.addAnswer(chain.ends[i - 1], chain.ends[i]);
    }
    return ANSWERS;
  }

  private @Nullable Chain find(long serial, long t) {
    for (Chain c : chains) {
      if (c != null && c.serial == serial) {
        if (Math.abs(t - c.time) <= CHAIN_MILLIS) {
          return c;
        }
        c.serial = -1;
      }
    }
    return null;
  }

  private void start(long serial, long t, byte[] b, int clientFrom, int clientTo, int ns, int ne) {
    Chain c = chains[nextChain];
    if (c == null) {
      c = new Chain();
      chains[nextChain] = c;
    }
    nextChain = (nextChain + 1) % CHAINS;
    c.serial = serial;
    c.time = t;
    c.count = 0;
    c.clientLength = Math.min(clientTo - clientFrom, c.client.length);
    System.arraycopy(b, clientFrom, c.client, 0, c.clientLength);
    c.add(b, ns, ne);
  }

  /**
   * The names of one CNAME chain so far, copied out of the read buffer (its lines may be far
   * apart): the queried name first, then each name it led to.
   */
  private static final class Chain {
    long serial = -1;
    long time;
    final byte[] client = new byte[64];
    int clientLength;
    final byte[] names = new byte[(Event.MAX_ANSWERS + 1) * 256];
    final int[] ends = new int[Event.MAX_ANSWERS + 1];
    int count;

    void add(byte[] b, int from, int to) {
      int start = count == 0 ? 0 : ends[count - 1];
      int len = to - from;
      if (count == ends.length || start + len > names.length) {
        return;
      }
      System.arraycopy(b, from, names, start, len);
      ends[count++] = start + len;
    }
  }
}
