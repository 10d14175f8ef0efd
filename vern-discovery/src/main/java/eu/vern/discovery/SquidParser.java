package eu.vern.discovery;

/**
 * Squid's {@code access.log}, line by line in either layout: native, {@code TIME ELAPSED CLIENT
 * CODE/STATUS BYTES METHOD URL USER HIERARCHY/PEER TYPE} with TIME in epoch seconds and
 * milliseconds, or {@code logformat common}/{@code combined} (Apache's layout, which proxies often
 * write for web-log tools). The host is read from the URL: {@code host:port} for CONNECT, {@code
 * scheme://[user@]host[:port]/...} otherwise. A URL without a host (Squid's {@code error:...}
 * entries, a web server's own paths) is ignored.
 */
final class SquidParser implements LineParser {

  private final Times times;

  SquidParser(Times times) {
    this.times = times;
  }

  @Override
  public int parse(byte[] b, int from, int to, Event e) {
    int p = Bytes.skipSpaces(b, from, to);
    int tsEnd = Bytes.tokenEnd(b, p, to);
    long t = times.epoch(b, p, tsEnd);
    if (t == Times.BAD) {
      return common(b, p, to, e);
    }
    p = Bytes.skipSpaces(b, tsEnd, to);
    p = Bytes.skipSpaces(b, Bytes.tokenEnd(b, p, to), to); // elapsed
    int cs = p;
    int ce = Bytes.tokenEnd(b, p, to);
    p = Bytes.skipSpaces(b, ce, to);
    int codeEnd = Bytes.tokenEnd(b, p, to);
    if (Bytes.indexOf(b, p, codeEnd, '/') < 0) {
      return LineParser.malformed(e, "the fourth Squid field must be CODE/STATUS, e.g. TCP_MISS/200");
    }
    p = Bytes.skipSpaces(b, codeEnd, to);
    p = Bytes.skipSpaces(b, Bytes.tokenEnd(b, p, to), to); // bytes
    int ms = p;
    int me = Bytes.tokenEnd(b, p, to);
    int us = Bytes.skipSpaces(b, me, to);
    int ue = Bytes.tokenEnd(b, us, to);
    if (ce == cs || me == ms || ue == us) {
      return LineParser.malformed(e, "a Squid access.log line has at least seven fields");
    }
    return request(b, ms, me, us, ue, t, cs, ce, e);
  }

  /** A malformed line without its user names: field 8 of the native layout, 2 and 3 of common. */
  @Override
  public String sample(byte[] b, int from, int to) {
    int p = Bytes.skipSpaces(b, from, to);
    boolean nativeLayout = times.epoch(b, p, Bytes.tokenEnd(b, p, to)) != Times.BAD;
    return nativeLayout ? Masking.maskFields(b, from, to, 7) : Masking.maskFields(b, from, to, 1, 2);
  }

  /**
   * Squid's {@code common} and {@code combined} formats (Apache's): {@code CLIENT IDENT USER
   * [dd/Mmm/yyyy:hh:mm:ss ±hhmm] "METHOD URL HTTP/x.y" STATUS BYTES ...}; what follows the request
   * (referrer, user agent, Squid's status codes) is not needed.
   */
  private int common(byte[] b, int from, int to, Event e) {
    int cs = from;
    int ce = Bytes.tokenEnd(b, cs, to);
    int p = Bytes.skipSpaces(b, ce, to);
    p = Bytes.skipSpaces(b, Bytes.tokenEnd(b, p, to), to); // ident
    p = Bytes.skipSpaces(b, Bytes.tokenEnd(b, p, to), to); // user
    if (ce == cs || p >= to || b[p] != '[') {
      return LineParser.malformed(e, "a Squid access.log line starts with epoch seconds (1764000000.123),"
          + " or in the common and combined formats with the client and [dd/Mmm/yyyy:hh:mm:ss +hhmm]");
    }
    int close = Bytes.indexOf(b, p + 1, to, ']');
    long t = close < 0 ? Times.BAD : times.httpd(b, p + 1, close);
    if (t == Times.BAD) {
      return LineParser.malformed(e, "the time of a common or combined Squid line is [dd/Mmm/yyyy:hh:mm:ss +hhmm]");
    }
    int q = Bytes.skipSpaces(b, close + 1, to);
    int qe = q < to && b[q] == '"' ? Bytes.indexOf(b, q + 1, to, '"') : -1;
    if (qe < 0) {
      return LineParser.malformed(e, "a common or combined Squid line has the request in quotes after the time");
    }
    int ms = q + 1;
    int me = Bytes.tokenEnd(b, ms, qe);
    int us = Bytes.skipSpaces(b, me, qe);
    int ue = Bytes.tokenEnd(b, us, qe);
    if (me == ms || ue == us) {
      return LineParser.malformed(e, "the request of a common or combined Squid line is \"METHOD URL HTTP/x.y\"");
    }
    return request(b, ms, me, us, ue, t, cs, ce, e);
  }

  /** The host of the request {@code METHOD URL}, the client and the time, into {@code e}. */
  private static int request(byte[] b, int ms, int me, int us, int ue, long t, int cs, int ce, Event e) {
    boolean connect = me - ms == 7 && b[ms] == 'C' && b[ms + 1] == 'O' && b[ms + 6] == 'T';
    return request(b, connect, us, ue, t, cs, ce, e);
  }

  /**
   * The host of {@code b[us, ue)}, the client and the time, into {@code e}: a URL's host, or for
   * {@code connect} the whole of it as {@code host[:port]} (also how a bare host is passed).
   */
  static int request(byte[] b, boolean connect, int us, int ue, long t, int cs, int ce, Event e) {
    int hs;
    int he;
    int scheme = Bytes.indexOf(b, us, ue, (byte) ':');
    if (!connect && scheme > us && scheme + 2 < ue && b[scheme + 1] == '/' && b[scheme + 2] == '/') {
      hs = scheme + 3;
      he = hs;
      while (he < ue && b[he] != '/' && b[he] != '?' && b[he] != '#') {
        he++;
      }
      int at = Bytes.indexOf(b, hs, he, '@');
      if (at >= 0) {
        hs = at + 1;
      }
    } else if (connect) {
      hs = us;
      he = ue;
    } else {
      return IGNORED;
    }
    // Strip the port, and the brackets of an IPv6 literal.
    if (hs < he && b[hs] == '[') {
      int close = Bytes.indexOf(b, hs, he, ']');
      if (close < 0) {
        return LineParser.malformed(e, "an IPv6 host in a URL needs its closing ']'");
      }
      hs++;
      he = close;
    } else {
      int colon = Bytes.indexOf(b, hs, he, ':');
      if (colon >= 0) {
        he = colon;
      }
    }
    if (he == hs) {
      return IGNORED;
    }
    e.time = t;
    e.client(b, cs, ce);
    e.name(b, hs, he);
    e.answers = 0;
    return QUERY;
  }
}
