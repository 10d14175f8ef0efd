package eu.vern.discovery;

import java.util.Arrays;

/** Small scans over ASCII bytes; every method checks its bounds. */
final class Bytes {

  private Bytes() {}

  private static final java.lang.invoke.VarHandle LONGS =
      java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class,
          java.nio.ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;
  private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;

  /**
   * The first newline in {@code b[from, to)}, or -1: eight bytes at a time (a word has a zero
   * byte where {@code (x - 0x01..) & ~x & 0x80..} is non-zero; x is the word xor newlines).
   */
  static int indexOfNewline(byte[] b, int from, int to) {
    int i = from;
    for (; i + 8 <= to; i += 8) {
      long x = (long) LONGS.get(b, i) ^ NEWLINES;
      long found = (x - ONES) & ~x & HIGHS;
      if (found != 0) {
        return i + (Long.numberOfTrailingZeros(found) >>> 3);
      }
    }
    for (; i < to; i++) {
      if (b[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  /** The first {@code c} in {@code b[from, to)}, or -1: eight bytes at a time. */
  static int indexOf(byte[] b, int from, int to, int c) {
    long pattern = (c & 0xFFL) * ONES;
    int i = from;
    for (; i + 8 <= to; i += 8) {
      long x = (long) LONGS.get(b, i) ^ pattern;
      long found = (x - ONES) & ~x & HIGHS;
      if (found != 0) {
        return i + (Long.numberOfTrailingZeros(found) >>> 3);
      }
    }
    for (; i < to; i++) {
      if (b[i] == c) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The first position of {@code pattern} in {@code b[from, to)}, or -1. Candidates for its first
   * byte are found eight bytes at a time: a BIND line is searched for {@code "query: "} past the
   * client and the name in parentheses.
   */
  static int indexOf(byte[] b, int from, int to, byte[] pattern) {
    int last = to - pattern.length;
    long firsts = (pattern[0] & 0xFFL) * ONES;
    int i = from;
    while (i <= last) {
      if (i + 8 <= to) {
        long x = (long) LONGS.get(b, i) ^ firsts;
        long found = (x - ONES) & ~x & HIGHS;
        if (found == 0) {
          i += 8;
          continue;
        }
        i += Long.numberOfTrailingZeros(found) >>> 3;
        if (i > last) {
          return -1;
        }
      } else if (b[i] != pattern[0]) {
        i++;
        continue;
      }
      if (matchesAt(b, i, pattern)) {
        return i;
      }
      i++;
    }
    return -1;
  }

  private static boolean matchesAt(byte[] b, int i, byte[] pattern) {
    for (int k = 1; k < pattern.length; k++) {
      if (b[i + k] != pattern[k]) {
        return false;
      }
    }
    return true;
  }

  static boolean startsWith(byte[] b, int from, int to, byte[] prefix) {
    if (to - from < prefix.length) {
      return false;
    }
    for (int k = 0; k < prefix.length; k++) {
      if (b[from + k] != prefix[k]) {
        return false;
      }
    }
    return true;
  }

  static int skipSpaces(byte[] b, int from, int to) {
    int i = from;
    while (i < to && (b[i] == ' ' || b[i] == '\t')) {
      i++;
    }
    return i;
  }

  private static final long SPACES = 0x2020202020202020L;
  private static final long TABS = 0x0909090909090909L;

  /**
   * The end of the token starting at {@code from}: the next space or tab, or {@code to}. Eight
   * bytes at a time, as {@link #indexOfNewline}: every line has several tokens to skip.
   */
  static int tokenEnd(byte[] b, int from, int to) {
    int i = from;
    for (; i + 8 <= to; i += 8) {
      long w = (long) LONGS.get(b, i);
      long s = w ^ SPACES;
      long t = w ^ TABS;
      long found = ((s - ONES) & ~s | (t - ONES) & ~t) & HIGHS;
      if (found != 0) {
        return i + (Long.numberOfTrailingZeros(found) >>> 3);
      }
    }
    while (i < to && b[i] != ' ' && b[i] != '\t') {
      i++;
    }
    return i;
  }

  static boolean isDigit(byte c) {
    return c >= '0' && c <= '9';
  }

  /** The decimal number in {@code b[from, to)}, or -1 when it is empty or not all digits. */
  static long digits(byte[] b, int from, int to) {
    if (from >= to || to - from > 18) {
      return -1;
    }
    long v = 0;
    for (int i = from; i < to; i++) {
      int d = b[i] - '0';
      if (d < 0 || d > 9) {
        return -1;
      }
      v = v * 10 + d;
    }
    return v;
  }

  /** Whether {@code b[from, to)} is exactly {@code value}. */
  static boolean equals(byte[] b, int from, int to, byte[] value) {
    return to - from == value.length && Arrays.equals(b, from, to, value, 0, value.length);
  }

  /** {@code c} with an ASCII capital letter lowered; every other byte as it is. */
  static byte lower(byte c) {
    return c >= 'A' && c <= 'Z' ? (byte) (c + 32) : c;
  }

  /** Whether {@code b[from, from + lower.length)}, ASCII case folded, equals {@code lower}. */
  static boolean equalsFolded(byte[] b, int from, byte[] lower) {
    for (int k = 0; k < lower.length; k++) {
      if (lower(b[from + k]) != lower[k]) {
        return false;
      }
    }
    return true;
  }

  /**
   * The position of the closing quote of a JSON string whose text starts at {@code i}, or -1.
   * Quotes are found eight bytes at a time; one is the end unless an odd run of backslashes
   * escapes it.
   */
  static int jsonStringEnd(byte[] b, int i, int to) {
    int k = i;
    while ((k = indexOf(b, k, to, '"')) >= 0) {
      int backslashes = 0;
      for (int j = k - 1; j >= i && b[j] == '\\'; j--) {
        backslashes++;
      }
      if ((backslashes & 1) == 0) {
        return k;
      }
      k++;
    }
    return -1;
  }

  /**
   * The end of the JSON value starting at {@code i}: a string, an object or array with whatever it
   * nests, or a number or literal; -1 when it is not closed before {@code to}.
   */
  static int jsonValueEnd(byte[] b, int i, int to) {
    if (i >= to) {
      return -1;
    }
    if (b[i] == '"') {
      int close = jsonStringEnd(b, i + 1, to);
      return close < 0 ? -1 : close + 1;
    }
    if (b[i] != '{' && b[i] != '[') {
      return jsonScalarEnd(b, i, to);
    }
    int depth = 0;
    int k = i;
    while (k < to) {
      byte c = b[k];
      if (c == '"') {
        int close = jsonStringEnd(b, k + 1, to);
        if (close < 0) {
          return -1;
        }
        k = close + 1;
        continue;
      }
      if (c == '{' || c == '[') {
        depth++;
      } else if (c == '}' || c == ']') {
        if (--depth == 0) {
          return k + 1;
        }
      }
      k++;
    }
    return -1;
  }

  /** The end of a JSON number or literal starting at {@code i}. */
  static int jsonScalarEnd(byte[] b, int i, int to) {
    int k = i;
    while (k < to && b[k] != ',' && b[k] != '}' && b[k] != ']' && b[k] != ' ') {
      k++;
    }
    return k;
  }

  static byte[] ascii(String s) {
    return s.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
  }
}
