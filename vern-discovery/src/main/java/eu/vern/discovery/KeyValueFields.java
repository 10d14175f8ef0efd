package eu.vern.discovery;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code key=value} fields of a firewall's log line (FortiGate, Sophos Firewall): a key is a
 * run of letters, digits and underscores before {@code =} at the start of a space-separated token; a
 * value is double-quoted (a backslash escapes the next character) or runs to the next space. Words
 * that are no field, such as a syslog header's, are skipped; so is a syslog priority ({@code <189>})
 * right before the first field. Only the wanted keys are kept, compared as packed longs while they
 * are scanned: a line has some thirty fields, and a parser wants a handful. Not thread-safe: each
 * parser has its own.
 */
final class KeyValueFields {

  private final byte[][] keys;
  private final long[] packed;
  /** Where each wanted key's value starts in the last line scanned, or -1 when it had none. */
  final int[] starts;
  /** Where each wanted key's value ends. */
  final int[] ends;

  KeyValueFields(String... names) {
    keys = new byte[names.length][];
    packed = new long[names.length];
    for (int k = 0; k < names.length; k++) {
      keys[k] = names[k].getBytes(StandardCharsets.US_ASCII);
      for (byte c : keys[k]) {
        packed[k] = packed[k] << 8 | c;
      }
    }
    starts = new int[names.length];
    ends = new int[names.length];
  }

  /** Finds the wanted keys' values in {@code b[from, to)}; the first of a repeated key counts. */
  void scan(byte[] b, int from, int to) {
    Arrays.fill(starts, -1);
    int p = from;
    if (p < to && b[p] == '<') { // a syslog priority, <189>, right before the first field
      int close = Bytes.indexOf(b, p, Math.min(to, p + 6), '>');
      p = close < 0 ? p : close + 1;
    }
    while (p < to) {
      p = Bytes.skipSpaces(b, p, to);
      int k = p;
      long name = 0; // the name's last eight bytes, to compare with the wanted ones at once
      while (p < to && isKeyChar(b[p])) {
        name = name << 8 | b[p];
        p++;
      }
      if (p < to && b[p] == '=' && p > k) {
        int key = key(b, k, p, name);
        int vs = p + 1;
        int ve;
        if (vs < to && b[vs] == '"') {
          vs++;
          ve = closingQuote(b, vs, to);
          p = ve + 1;
        } else {
          ve = Bytes.tokenEnd(b, vs, to);
          p = ve;
        }
        if (key >= 0 && starts[key] < 0) {
          starts[key] = vs;
          ends[key] = ve;
        }
      } else {
        p = Math.max(p + 1, Bytes.tokenEnd(b, p, to)); // a syslog header word, or text that is no field
      }
    }
  }

  /** Whether key {@code k} had a value other than empty or {@code -} (the "not given" of these logs). */
  boolean has(byte[] b, int k) {
    return starts[k] >= 0 && ends[k] > starts[k] && !(ends[k] - starts[k] == 1 && b[starts[k]] == '-');
  }

  /** Whether key {@code k}'s value is exactly {@code value}. */
  boolean is(byte[] b, int k, byte[] value) {
    return starts[k] >= 0 && Bytes.equals(b, starts[k], ends[k], value);
  }

  /** The ASCII bytes of a value to compare with {@link #is}. */
  static byte[] value(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  /**
   * The line with the values of {@code personal} keys replaced by {@code <hidden>}, then masked: a
   * malformed line's sample without the users, groups, devices and MAC addresses it records.
   */
  static String sample(byte[] b, int from, int to, List<String> personal) {
    java.io.ByteArrayOutputStream kept = new java.io.ByteArrayOutputStream(to - from + 16);
    byte[] hidden = "=<hidden>".getBytes(StandardCharsets.US_ASCII);
    int p = from;
    while (p < to) {
      int k = p;
      while (p < to && isKeyChar(b[p])) {
        p++;
      }
      kept.write(b, k, p - k);
      if (p < to && b[p] == '=' && personal.contains(new String(b, k, p - k, StandardCharsets.US_ASCII))) {
        kept.write(hidden, 0, hidden.length);
        int vs = p + 1;
        if (vs < to && b[vs] == '"') {
          p = Math.min(closingQuote(b, vs + 1, to) + 1, to);
        } else {
          p = Bytes.tokenEnd(b, vs, to);
        }
      } else if (p < to) {
        kept.write(b[p++]);
      }
    }
    byte[] shown = kept.toByteArray();
    return Masking.mask(shown, 0, shown.length);
  }

  /**
   * The closing quote of a value starting at {@code from}, found eight bytes at a time; a quote
   * after an odd number of backslashes is escaped. {@code to} when there is none.
   */
  private static int closingQuote(byte[] b, int from, int to) {
    int q = Bytes.indexOf(b, from, to, '"');
    while (q >= 0) {
      int backslashes = 0;
      while (q - backslashes - 1 >= from && b[q - backslashes - 1] == '\\') {
        backslashes++;
      }
      if ((backslashes & 1) == 0) {
        return q;
      }
      q = Bytes.indexOf(b, q + 1, to, '"');
    }
    return to;
  }

  /** The wanted key {@code b[from, to)} is, or -1; {@code name} holds its last eight bytes. */
  private int key(byte[] b, int from, int to, long name) {
    for (int k = 0; k < keys.length; k++) {
      if (packed[k] == name && keys[k].length == to - from
          && (to - from <= 8 || Arrays.equals(keys[k], 0, keys[k].length, b, from, to))) {
        return k;
      }
    }
    return -1;
  }

  private static boolean isKeyChar(byte c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
  }
}
