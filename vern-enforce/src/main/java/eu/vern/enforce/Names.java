package eu.vern.enforce;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The last check before a name is written into a zone, a list or a policy: only a host name in
 * the catalog's normal form (lower-case ASCII letters, digits and hyphens, IDNA for the rest, two
 * labels or more) passes. The catalog already normalises names; this refuses anything else instead
 * of writing it, so that a bad overlay cannot smuggle a zone directive or a regex into an export.
 */
final class Names {

  private Names() {}

  /** Returns {@code name} when it is a valid host name in normal form. */
  static String check(String name) {
    String problem = problem(name);
    if (problem != null) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "refusing to export '%s': %s", printable(name), problem));
    }
    return name;
  }

  static @Nullable String problem(String name) {
    int length = name.length();
    if (length == 0) {
      return "empty name";
    }
    if (length > 253) {
      return "longer than 253 characters";
    }
    int labels = 1;
    int labelStart = 0;
    for (int i = 0; i <= length; i++) {
      char c = i < length ? name.charAt(i) : '.';
      if (c == '.') {
        int labelLength = i - labelStart;
        if (labelLength == 0) {
          return "empty label";
        }
        if (labelLength > 63) {
          return "a label is longer than 63 characters";
        }
        if (name.charAt(labelStart) == '-' || name.charAt(i - 1) == '-') {
          return "a label starts or ends with a hyphen";
        }
        if (i < length) {
          labels++;
        }
        labelStart = i + 1;
      } else if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
        return "character '" + printable(String.valueOf(c))
            + "' is not allowed (lower-case letters, digits, hyphens; IDNA for the rest)";
      }
    }
    if (labels < 2) {
      return "a single label is a top-level domain, not a service's name";
    }
    return null;
  }

  /** The name without its first label, or null for a single label. */
  static @Nullable String parent(String name) {
    int dot = name.indexOf('.');
    return dot < 0 ? null : name.substring(dot + 1);
  }

  private static String printable(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length() && i < 80; i++) {
      char c = s.charAt(i);
      b.append(c < 0x20 || c == 0x7f ? String.format(Locale.ROOT, "\\u%04x", (int) c) : c);
    }
    return b.toString();
  }
}
