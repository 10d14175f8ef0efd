package eu.vern.discovery;

import java.nio.charset.StandardCharsets;

/**
 * Makes a malformed line fit to show: every IPv4 or IPv6 address in it becomes {@code
 * <address>}, and it is cut to 160 characters. A sample helps fix a log; it must not carry a
 * client's address into a terminal or a ticket.
 */
final class Masking {

  private static final int MAX = 160;

  private Masking() {}

  static String mask(byte[] b, int from, int to) {
    // bytes, not chars, until the end: text around the addresses is UTF-8 (Förvaltningsnätet)
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(Math.min(to - from, 4 * MAX) + 16);
    byte[] placeholder = "<address>".getBytes(StandardCharsets.US_ASCII);
    long[] scratch = new long[2];
    int i = from;
    int end = Math.min(to, from + 4 * MAX);
    while (i < end) {
      if (isAddressChar(b[i])) {
        int j = i;
        while (j < end && isAddressChar(b[j])) {
          j++;
        }
        int runEnd = j;
        // trailing dots or colons are punctuation, not part of an address
        while (runEnd > i && (b[runEnd - 1] == '.' || b[runEnd - 1] == ':')) {
          runEnd--;
        }
        if (IpAddress.parse(b, i, runEnd, scratch) != IpAddress.NONE) {
          out.write(placeholder, 0, placeholder.length);
          out.write(b, runEnd, j - runEnd);
        } else {
          out.write(b, i, j - i);
        }
        i = j;
      } else {
        int c = b[i] & 0xFF;
        out.write(c < 0x20 || c == 0x7f ? '?' : c);
        i++;
      }
    }
    String shown = out.toString(StandardCharsets.UTF_8);
    if (shown.length() > MAX) {
      shown = shown.substring(0, MAX) + "…";
    }
    return shown;
  }

  /**
   * As {@link #mask}, with the space-separated fields at {@code fields} (0-based) replaced by
   * {@code <user>} unless they are {@code -}: the user names a proxy log records beside each request.
   */
  static String maskFields(byte[] b, int from, int to, int... fields) {
    java.io.ByteArrayOutputStream kept = new java.io.ByteArrayOutputStream(to - from + 16);
    byte[] placeholder = "<user>".getBytes(StandardCharsets.US_ASCII);
    int field = 0;
    int p = from;
    while (p < to) {
      if (b[p] == ' ' || b[p] == '\t') {
        kept.write(b[p++]);
        continue;
      }
      int end = Bytes.tokenEnd(b, p, to);
      boolean user = false;
      for (int f : fields) {
        user |= f == field;
      }
      if (user && !(end == p + 1 && b[p] == '-')) {
        kept.write(placeholder, 0, placeholder.length);
      } else {
        kept.write(b, p, end - p);
      }
      field++;
      p = end;
    }
    byte[] shown = kept.toByteArray();
    return mask(shown, 0, shown.length);
  }

  private static boolean isAddressChar(byte c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')
        || c == '.' || c == ':';
  }
}
