package eu.vern.discovery;

import static eu.vern.discovery.Bytes.ascii;

/**
 * dnsmasq's {@code log-queries} lines, also written by Pi-hole's pihole-FTL: {@code Mmm dd
 * hh:mm:ss dnsmasq[PID]: query[TYPE] NAME from CLIENT}; with {@code log-queries=extra} a serial
 * number and {@code CLIENT/PORT} come before {@code query[}. Forwarded, reply, cached and other
 * lines are ignored.
 */
final class DnsmasqParser implements LineParser {

  private static final byte[] QUERY_MARK = ascii("query[");
  private static final byte[] FROM = ascii(" from ");

  private final Times times;

  DnsmasqParser(Times times) {
    this.times = times;
  }

  @Override
  public int parse(byte[] b, int from, int to, Event e) {
    long t = times.syslog(b, from, to);
    if (t == Times.BAD) {
      return LineParser.malformed(e, "the line does not start with a syslog timestamp (Nov 24 10:15:32)");
    }
    int colon = Bytes.indexOf(b, from + 15, to, ':');
    if (colon < 0 || colon + 2 > to || b[colon + 1] != ' ') {
      return LineParser.malformed(e, "expected 'PROCESS[PID]: ' after the timestamp");
    }
    int p = colon + 2;
    // log-queries=extra: "SERIAL CLIENT/PORT query[A] ..."
    if (p < to && Bytes.isDigit(b[p])) {
      int serialEnd = Bytes.tokenEnd(b, p, to);
      int next = Bytes.skipSpaces(b, serialEnd, to);
      int addrEnd = Bytes.tokenEnd(b, next, to);
      if (Bytes.digits(b, p, serialEnd) >= 0 && Bytes.indexOf(b, next, addrEnd, '/') > 0) {
        p = Bytes.skipSpaces(b, addrEnd, to);
      }
    }
    if (!Bytes.startsWith(b, p, to, QUERY_MARK)) {
      return IGNORED;
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
}
