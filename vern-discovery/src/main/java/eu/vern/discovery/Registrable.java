package eu.vern.discovery;

import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Host → the name a report groups it under: the registrable domain by the ICANN section of the
 * Public Suffix List ({@link PublicSuffixList}), so {@code news.bbc.co.uk} becomes {@code bbc.co.uk}.
 * Names a report must not show one by one are grouped: address literals and reverse lookups (they
 * spell an address), and names outside any public suffix keep only their last two labels (an
 * internal {@code laptop-anna.corp.local} becomes {@code corp.local}). A name that is not a valid
 * host name (an empty label, a character no host name has) also keeps its last two labels.
 */
final class Registrable {

  static final String ADDRESSES = "(IP address literals)";
  static final String REVERSE = "(reverse lookups)";
  static final String SINGLE_LABEL = "(single-label names)";

  private static final byte[] IN_ADDR = ".in-addr.arpa".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] IP6 = ".ip6.arpa".getBytes(StandardCharsets.US_ASCII);

  private Registrable() {}

  static String of(String host) {
    byte[] b = host.getBytes(StandardCharsets.ISO_8859_1);
    return of(b, 0, b.length);
  }

  /** The group of {@code b[from, to)}, read as ISO-8859-1, in lower case. */
  static String of(byte[] b, int from, int to) {
    int end = to > from && b[to - 1] == '.' ? to - 1 : to;
    if (endsWithFolded(b, from, end, IN_ADDR) || endsWithFolded(b, from, end, IP6)) {
      return REVERSE;
    }
    boolean digitsAndDots = true;
    boolean hostChars = true;
    boolean emptyLabel = end == from || b[from] == '.';
    int lastDot = -1;
    int previousDot = -1;
    for (int i = from; i < end; i++) {
      int c = b[i] & 0xFF;
      if (c == ':') {
        return ADDRESSES;
      }
      if (c == '.') {
        if (i == lastDot + 1 && lastDot >= 0) {
          emptyLabel = true;
        }
        previousDot = lastDot;
        lastDot = i;
      } else if (c < '0' || c > '9') {
        digitsAndDots = false;
        hostChars &= c == '-' || c == '_' || (c | 0x20) >= 'a' && (c | 0x20) <= 'z' || c >= 0x80;
      }
    }
    if (digitsAndDots) {
      return ADDRESSES;
    }
    if (lastDot < 0) {
      return SINGLE_LABEL;
    }
    int start;
    if (emptyLabel || !hostChars || lastDot == end - 1) {
      start = previousDot + 1;
    } else {
      start = PublicSuffixList.shipped().registrableStart(b, from, end);
    }
    return lower(b, Math.max(start, from), end);
  }

  /**
   * The ASCII (punycode) form of a host written in Unicode, {@code b[from, to)} read as UTF-8, as
   * the catalog lists such names and as resolvers log them; null when the host is ASCII already or
   * is no valid internationalised name. A proxy or a hand-made CSV may hold {@code bücher.example}
   * where a resolver logs {@code xn--bcher-kva.example}: both are one host.
   */
  static byte @Nullable [] ascii(byte[] b, int from, int to) {
    boolean ascii = true;
    for (int i = from; i < to && ascii; i++) {
      ascii = b[i] >= 0;
    }
    if (ascii) {
      return null;
    }
    try {
      String name = IDN.toASCII(new String(b, from, to - from, StandardCharsets.UTF_8),
          IDN.ALLOW_UNASSIGNED);
      return name.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
    } catch (IllegalArgumentException e) {
      return null; // not a valid name: grouped as its bytes are
    }
  }

  private static String lower(byte[] b, int from, int to) {
    byte[] out = new byte[to - from];
    for (int i = 0; i < out.length; i++) {
      out[i] = Bytes.lower(b[from + i]);
    }
    return new String(out, StandardCharsets.ISO_8859_1);
  }

  private static boolean endsWithFolded(byte[] b, int from, int to, byte[] suffix) {
    return to - from >= suffix.length && Bytes.equalsFolded(b, to - suffix.length, suffix);
  }
}
