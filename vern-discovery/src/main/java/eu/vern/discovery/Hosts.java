package eu.vern.discovery;

/**
 * The host in a field that may hold a URL ({@code https://user@host:8443/path}), a URL without its
 * scheme ({@code host/path}, as firewalls log them), {@code host:port}, a bracketed IPv6 address or
 * a bare name or address. A bare IPv6 address (more than one colon) stays whole.
 */
final class Hosts {

  private static final byte[] SCHEME_END = {':', '/', '/'};

  private Hosts() {}

  /** The host's span in {@code b[from, to)}, packed as {@code start << 32 | end}; empty when none. */
  static long of(byte[] b, int from, int to) {
    int scheme = Bytes.indexOf(b, from, to, SCHEME_END);
    int hs = scheme >= 0 ? scheme + 3 : from;
    int he = hs;
    while (he < to && b[he] != '/' && b[he] != '?' && b[he] != '#') {
      he++;
    }
    int at = Bytes.indexOf(b, hs, he, '@');
    if (at >= 0) {
      hs = at + 1;
    }
    if (hs < he && b[hs] == '[') {
      int close = Bytes.indexOf(b, hs, he, ']');
      hs++;
      he = close < 0 ? he : close;
    } else {
      int colon = Bytes.indexOf(b, hs, he, ':');
      if (colon >= 0 && Bytes.indexOf(b, colon + 1, he, ':') < 0) {
        he = colon; // host:port; an IPv6 address has more than one colon and stays whole
      }
    }
    return (long) hs << 32 | he;
  }

  static int start(long span) {
    return (int) (span >>> 32);
  }

  static int end(long span) {
    return (int) span;
  }
}
