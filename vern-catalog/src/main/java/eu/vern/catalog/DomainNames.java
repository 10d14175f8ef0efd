package eu.vern.catalog;

import java.net.IDN;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Normalises and checks domain names before they reach an index or a zone file: lower case, IDNA
 * (punycode) for non-ASCII names, at least two labels, no wildcards, no empty labels.
 */
public final class DomainNames {

  private DomainNames() {}

  /** The normal form of {@code name}, or an explanation of why it is not a valid domain name. */
  public sealed interface Result permits Valid, Invalid {}

  /** A name in normal form. */
  public record Valid(String name) implements Result {}

  /** Why a name was refused. */
  public record Invalid(String reason) implements Result {}

  public static Result normalise(String raw) {
    String name = raw.strip();
    if (name.endsWith(".")) {
      name = name.substring(0, name.length() - 1);
    }
    if (name.isEmpty()) {
      return new Invalid("empty name");
    }
    if (name.contains("*")) {
      return new Invalid("wildcards are not allowed; a name already covers all its subdomains");
    }
    if (name.contains("://") || name.contains("/")) {
      return new Invalid("write the host name only, not a URL");
    }
    if (name.startsWith(".") || name.contains("..")) {
      return new Invalid("empty label (two dots in a row)");
    }
    String ascii;
    try {
      ascii = IDN.toASCII(name, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return new Invalid("not a valid domain name (" + e.getMessage() + ")");
    }
    String problem = checkAscii(ascii);
    return problem == null ? new Valid(ascii) : new Invalid(problem);
  }

  private static @Nullable String checkAscii(String name) {
    if (name.length() > 253) {
      return "longer than 253 characters";
    }
    String[] labels = name.split("\\.", -1);
    if (labels.length < 2) {
      return "a single label is a top-level domain, not a service's name";
    }
    for (String label : labels) {
      if (label.isEmpty()) {
        return "empty label (two dots in a row)";
      }
      if (label.length() > 63) {
        return "label '" + label + "' is longer than 63 characters";
      }
      if (label.startsWith("-") || label.endsWith("-")) {
        return "label '" + label + "' starts or ends with a hyphen";
      }
      for (int i = 0; i < label.length(); i++) {
        char c = label.charAt(i);
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
          return "character '" + c + "' is not allowed in a host name";
        }
      }
    }
    return null;
  }
}
