package eu.vern.discovery;

/**
 * Parses an IPv4 or IPv6 address written in ASCII bytes, and writes one given as raw bytes, without
 * allocating.
 */
final class IpAddress {

  static final int NONE = 0;
  static final int V4 = 4;
  static final int V6 = 6;

  private IpAddress() {}

  /**
   * Parses {@code b[from, to)}; for V4 the address is in {@code out[0]}'s low 32 bits, for V6 the
   * high and low 64 bits are in {@code out[0]} and {@code out[1]}. Returns NONE when the bytes
   * are not an address (a host name, say).
   */
  static int parse(byte[] b, int from, int to, long[] out) {
    if (to - from >= 7 && to - from <= 15 && parseV4(b, from, to, out)) {
      return V4;
    }
    return parseV6(b, from, to, out) ? V6 : NONE;
  }

  private static boolean parseV4(byte[] b, int from, int to, long[] out) {
    long ip = 0;
    int octets = 0;
    int value = -1;
    for (int i = from; i <= to; i++) {
      int c = i == to ? '.' : b[i];
      if (c == '.') {
        if (value < 0 || value > 255 || octets == 4) {
          return false;
        }
        ip = ip << 8 | value;
        octets++;
        value = -1;
      } else if (c >= '0' && c <= '9') {
        value = (value < 0 ? 0 : value * 10) + (c - '0');
        if (value > 255) {
          return false;
        }
      } else {
        return false;
      }
    }
    if (octets != 4) {
      return false;
    }
    out[0] = ip;
    return true;
  }

  private static boolean parseV6(byte[] b, int from, int to, long[] out) {
    int[] groups = new int[8];
    int count = 0;
    int gap = -1;
    int i = from;
    int end = to;
    for (int k = from; k < to; k++) {
      if (b[k] == '%') {
        end = k; // a zone index names an interface, not the address
        break;
      }
    }
    if (end - i < 2) {
      return false;
    }
    if (b[i] == ':') {
      if (b[i + 1] != ':') {
        return false;
      }
      gap = 0;
      i += 2;
    }
    while (i < end) {
      int value = 0;
      int digits = 0;
      while (i < end && digits < 5) {
        int d = Character.digit(b[i], 16);
        if (d < 0) {
          break;
        }
        value = value << 4 | d;
        digits++;
        i++;
      }
      if (digits == 0 || digits > 4 || count == 8) {
        return false;
      }
      groups[count++] = value;
      if (i == end) {
        break;
      }
      if (b[i] != ':') {
        return false;
      }
      i++;
      if (i < end && b[i] == ':') {
        if (gap >= 0) {
          return false;
        }
        gap = count;
        i++;
      } else if (i == end) {
        return false;
      }
    }
    if ((gap < 0 && count != 8) || (gap >= 0 && count == 8)) {
      return false;
    }
    int[] full = new int[8];
    if (gap < 0) {
      full = groups;
    } else {
      int tail = count - gap;
      System.arraycopy(groups, 0, full, 0, gap);
      System.arraycopy(groups, gap, full, 8 - tail, tail);
    }
    long hi = 0;
    long lo = 0;
    for (int g = 0; g < 4; g++) {
      hi = hi << 16 | full[g];
      lo = lo << 16 | full[g + 4];
    }
    out[0] = hi;
    out[1] = lo;
    return true;
  }
  /** Writes the 4 bytes at {@code b[from]} as {@code a.b.c.d} at {@code out[at]}; returns the end. */
  static int formatV4(byte[] b, int from, byte[] out, int at) {
    for (int i = 0; i < 4; i++) {
      if (i > 0) {
        out[at++] = '.';
      }
      at = decimal(b[from + i] & 0xFF, out, at);
    }
    return at;
  }

  /**
   * Writes the 16 bytes at {@code b[from]} as RFC 5952 text at {@code out[at]} (lower-case hex
   * without leading zeros, the longest run of two or more zero groups as {@code ::}, an
   * IPv4-mapped address as {@code ::ffff:a.b.c.d}), as resolvers print addresses in text logs;
   * returns the end.
   */
  static int formatV6(byte[] b, int from, byte[] out, int at) {
    boolean mapped = true;
    for (int i = 0; i < 5; i++) {
      mapped &= group(b, from, i) == 0;
    }
    if (mapped && group(b, from, 5) == 0xFFFF) {
      out[at++] = ':';
      out[at++] = ':';
      at = hex(0xFFFF, out, at);
      out[at++] = ':';
      return formatV4(b, from + 12, out, at);
    }
    int bestStart = -1;
    int bestLength = 1;
    for (int i = 0; i < 8; ) {
      if (group(b, from, i) != 0) {
        i++;
        continue;
      }
      int j = i;
      while (j < 8 && group(b, from, j) == 0) {
        j++;
      }
      if (j - i > bestLength) {
        bestStart = i;
        bestLength = j - i;
      }
      i = j;
    }
    for (int i = 0; i < 8; i++) {
      if (i == bestStart) {
        out[at++] = ':';
        out[at++] = ':';
        i += bestLength - 1;
        continue;
      }
      if (i > 0 && i != bestStart + bestLength) {
        out[at++] = ':';
      }
      at = hex(group(b, from, i), out, at);
    }
    return at;
  }

  /** The {@code i}th 16-bit group of the address at {@code b[from]}. */
  private static int group(byte[] b, int from, int i) {
    return (b[from + 2 * i] & 0xFF) << 8 | (b[from + 2 * i + 1] & 0xFF);
  }

  private static int decimal(int v, byte[] out, int at) {
    if (v >= 100) {
      out[at++] = (byte) ('0' + v / 100);
    }
    if (v >= 10) {
      out[at++] = (byte) ('0' + v / 10 % 10);
    }
    out[at++] = (byte) ('0' + v % 10);
    return at;
  }

  private static int hex(int v, byte[] out, int at) {
    boolean started = false;
    for (int shift = 12; shift >= 0; shift -= 4) {
      int d = (v >>> shift) & 0xF;
      if (d != 0 || started || shift == 0) {
        out[at++] = (byte) (d < 10 ? '0' + d : 'a' + d - 10);
        started = true;
      }
    }
    return at;
  }
}
