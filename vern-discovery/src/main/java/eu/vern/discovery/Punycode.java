package eu.vern.discovery;

/**
 * RFC 3492 Punycode, encoding only: the ASCII form of a domain name whose labels are already in
 * the normalised lower case the Public Suffix List writes them in. {@link java.net.IDN#toASCII}
 * does the same after nameprep, but its first call loads Unicode tables: reading the list's few
 * hundred internationalised rules through it cost about 20 ms of every start, this about 1 ms.
 * PublicSuffixListTest holds the two equal for every rule of the shipped list.
 */
final class Punycode {

  private static final int BASE = 36;
  private static final int TMIN = 1;
  private static final int TMAX = 26;
  private static final int SKEW = 38;
  private static final int DAMP = 700;
  private static final int INITIAL_BIAS = 72;
  private static final int INITIAL_N = 128;

  private Punycode() {}

  /** {@code name} with every label that is not ASCII written as {@code xn--} and its Punycode. */
  static String toAscii(String name) {
    StringBuilder out = new StringBuilder(name.length() + 16);
    int start = 0;
    while (start <= name.length()) {
      int dot = name.indexOf('.', start);
      int end = dot < 0 ? name.length() : dot;
      String label = name.substring(start, end);
      if (isAscii(label)) {
        out.append(label);
      } else {
        out.append("xn--");
        encode(label, out);
      }
      if (dot < 0) {
        break;
      }
      out.append('.');
      start = dot + 1;
    }
    return out.toString();
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** Appends the Punycode of {@code label} (RFC 3492 section 6.3). */
  static void encode(String label, StringBuilder out) {
    int[] input = label.codePoints().toArray();
    int basic = 0;
    for (int c : input) {
      if (c < 0x80) {
        out.append((char) c);
        basic++;
      }
    }
    if (basic > 0) {
      out.append('-');
    }
    int n = INITIAL_N;
    int delta = 0;
    int bias = INITIAL_BIAS;
    int handled = basic;
    while (handled < input.length) {
      int m = Integer.MAX_VALUE;
      for (int c : input) {
        if (c >= n && c < m) {
          m = c;
        }
      }
      delta += (m - n) * (handled + 1);
      n = m;
      for (int c : input) {
        if (c < n) {
          delta++;
        } else if (c == n) {
          int q = delta;
          for (int k = BASE; ; k += BASE) {
            int t = k <= bias ? TMIN : Math.min(k - bias, TMAX);
            if (q < t) {
              break;
            }
            out.append(digit(t + (q - t) % (BASE - t)));
            q = (q - t) / (BASE - t);
          }
          out.append(digit(q));
          bias = adapt(delta, handled + 1, handled == basic);
          delta = 0;
          handled++;
        }
      }
      delta++;
      n++;
    }
  }

  private static int adapt(int delta, int points, boolean first) {
    int d = first ? delta / DAMP : delta / 2;
    d += d / points;
    int k = 0;
    while (d > ((BASE - TMIN) * TMAX) / 2) {
      d /= BASE - TMIN;
      k += BASE;
    }
    return k + (BASE - TMIN + 1) * d / (d + SKEW);
  }

  private static char digit(int d) {
    return (char) (d < 26 ? 'a' + d : '0' + d - 26);
  }
}
