package eu.vern.discovery;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The ICANN section of the Public Suffix List (publicsuffix.org), matched on the bytes of a host
 * without making a String per label. The list itself is the file publicsuffix.org publishes, taken at
 * build time from the copy Apache HttpClient 5 ships (see this module's pom); its version line is
 * kept so a report can say which list it used.
 *
 * <p>Why our own matcher: discovery looks up every distinct host of a log once, and on a
 * three-million-line log Guava's {@code InternetDomainName} (split, validate, join each candidate
 * suffix, look it up as a String) was about a third of the reading threads' time. Here each candidate
 * suffix is one probe of a hash computed right to left while walking the host once.
 *
 * <p>Only the ICANN section counts, as with Guava's "registry suffix": the private section (blog and
 * cloud hosts such as {@code github.io}) would split one provider's customers into separate rows,
 * which is right for cookies but not for seeing which provider a city depends on.
 */
final class PublicSuffixList {

  static final String RESOURCE = "public_suffix_list.dat";

  private static final int EXACT = 1;
  /** "*.P": every label directly under P is a public suffix. */
  private static final int WILDCARD = 2;
  /** "!S": S is not a public suffix although a wildcard says so; its parent is. */
  private static final int EXCEPTION = 4;

  private static final class Holder {
    static final PublicSuffixList SHIPPED = loadShipped();
  }

  private final long[] hashes;
  private final byte[][] names;
  private final int[] flags;
  private final int mask;
  private final String version;
  private final int rules;

  private PublicSuffixList(Map<String, Integer> entries, String version, int rules) {
    int capacity = Integer.highestOneBit(Math.max(16, entries.size() * 3)) << 1;
    this.hashes = new long[capacity];
    this.names = new byte[capacity][];
    this.flags = new int[capacity];
    this.mask = capacity - 1;
    this.version = version;
    this.rules = rules;
    for (Map.Entry<String, Integer> e : entries.entrySet()) {
      // UTF-8, as a log has a host name that is not punycode
      byte[] name = e.getKey().getBytes(StandardCharsets.UTF_8);
      long h = hashRightToLeft(name, 0, name.length);
      int slot = (int) (h ^ (h >>> 32)) & mask;
      while (names[slot] != null) {
        slot = (slot + 1) & mask;
      }
      hashes[slot] = h;
      names[slot] = name;
      flags[slot] = e.getValue();
    }
  }

  /** The list shipped in this module's jar. */
  static PublicSuffixList shipped() {
    return Holder.SHIPPED;
  }

  private static PublicSuffixList loadShipped() {
    try (InputStream in = PublicSuffixList.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the Public Suffix List " + RESOURCE
            + " is missing from vern-discovery's jar; rebuild it with Maven");
      }
      // one read and a split by hand: a reader's line stream cost twice as long at start-up
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      List<String> lines = new ArrayList<>(20_000);
      int start = 0;
      while (start < text.length()) {
        int nl = text.indexOf('\n', start);
        int end = nl < 0 ? text.length() : nl;
        lines.add(text.substring(start, end));
        start = end + 1;
      }
      return parse(lines);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the Public Suffix List " + RESOURCE, e);
    }
  }

  /**
   * Reads the list's text: the rules between the ICANN section's begin and end markers, one per
   * line, comments and blank lines skipped. Internationalised rules are kept in their Unicode form and
   * their ASCII (punycode) form, which is what resolvers log.
   */
  static PublicSuffixList parse(List<String> lines) {
    Map<String, Integer> entries = new LinkedHashMap<>();
    String version = "unknown";
    boolean icann = false;
    int rules = 0;
    for (String raw : lines) {
      String line = raw.strip();
      if (line.startsWith("// VERSION:")) {
        version = line.substring("// VERSION:".length()).strip();
      } else if (line.startsWith("// ===BEGIN ICANN DOMAINS===")) {
        icann = true;
      } else if (line.startsWith("// ===END ICANN DOMAINS===")) {
        icann = false;
      }
      if (!icann || line.isEmpty() || line.startsWith("//")) {
        continue;
      }
      int space = line.indexOf(' ');
      String rule = (space < 0 ? line : line.substring(0, space)).toLowerCase(Locale.ROOT);
      int kind = EXACT;
      if (rule.startsWith("!")) {
        kind = EXCEPTION;
        rule = rule.substring(1);
      } else if (rule.startsWith("*.")) {
        kind = WILDCARD;
        rule = rule.substring(2);
      }
      rules++;
      entries.merge(rule, kind, (a, b) -> a | b);
      String ascii = Punycode.toAscii(rule);
      if (!ascii.equals(rule)) {
        entries.merge(ascii, kind, (a, b) -> a | b);
      }
    }
    return new PublicSuffixList(entries, version, rules);
  }

  /** The list's version line (a date), or "unknown". */
  String version() {
    return version;
  }

  /** How many ICANN rules the list has. */
  int rules() {
    return rules;
  }

  /**
   * Where the registrable domain of {@code b[from, to)} starts: the public suffix and one label
   * before it. Returns {@code from} when the host is itself a public suffix, and the last two labels
   * when no rule knows its top-level label (the list's default rule "*"). The host must have at least
   * one dot and no empty label; letters may be in either case.
   */
  int registrableStart(byte[] b, int from, int to) {
    long h = 0;
    // the longest public suffix so far starts at publicStart
    boolean top = true;
    int publicStart = -1;
    boolean parentWildcard = false;
    for (int i = to - 1; i >= from - 1; i--) {
      if (i >= from && b[i] != '.') {
        h = step(h, b[i]);
        continue;
      }
      // b[i + 1, to) is a whole suffix
      int start = i + 1;
      int f = lookup(h, b, start, to);
      if ((f & EXCEPTION) != 0) {
        // the exception's parent is the public suffix, and it prevails over every other rule
        return start;
      }
      if ((f & EXACT) != 0 || parentWildcard || top) {
        // the top-level label is public by the list's default rule "*" even when no rule names it
        publicStart = start;
      }
      parentWildcard = (f & WILDCARD) != 0;
      top = false;
      if (i >= from) {
        h = step(h, b[i]);
      }
    }
    if (publicStart == from) {
      return from;
    }
    // one label more than the public suffix
    int dot = publicStart - 1;
    int k = dot - 1;
    while (k >= from && b[k] != '.') {
      k--;
    }
    return k + 1;
  }

  private int lookup(long h, byte[] b, int from, int to) {
    int slot = (int) (h ^ (h >>> 32)) & mask;
    byte[] name;
    while ((name = names[slot]) != null) {
      if (hashes[slot] == h && name.length == to - from && Bytes.equalsFolded(b, from, name)) {
        return flags[slot];
      }
      slot = (slot + 1) & mask;
    }
    return 0;
  }

  private static long hashRightToLeft(byte[] b, int from, int to) {
    long h = 0;
    for (int i = to - 1; i >= from; i--) {
      h = step(h, b[i]);
    }
    return h;
  }

  private static long step(long h, byte c) {
    return (h ^ Bytes.lower(c)) * 0x100000001b3L + 0x9E3779B97F4A7C15L;
  }
}
