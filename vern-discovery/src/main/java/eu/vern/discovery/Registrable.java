package eu.vern.discovery;

import com.google.common.net.InternetDomainName;
import java.util.Locale;

/**
 * Host → the name a report groups it under: the registrable domain by the ICANN section of the
 * Public Suffix List (Guava's copy), so {@code news.bbc.co.uk} becomes {@code bbc.co.uk}. Names a
 * report must not show one by one are grouped: address literals and reverse lookups (they spell
 * an address), and names outside any public suffix keep only their last two labels (an internal
 * {@code laptop-anna.corp.local} becomes {@code corp.local}).
 */
final class Registrable {

  static final String ADDRESSES = "(IP address literals)";
  static final String REVERSE = "(reverse lookups)";
  static final String SINGLE_LABEL = "(single-label names)";

  private Registrable() {}

  static String of(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    if (h.endsWith(".")) {
      h = h.substring(0, h.length() - 1);
    }
    if (h.endsWith(".in-addr.arpa") || h.endsWith(".ip6.arpa")) {
      return REVERSE;
    }
    if (looksLikeAddress(h)) {
      return ADDRESSES;
    }
    int lastDot = h.lastIndexOf('.');
    if (lastDot < 0) {
      return SINGLE_LABEL;
    }
    try {
      InternetDomainName name = InternetDomainName.from(h);
      if (name.isUnderRegistrySuffix()) {
        return name.topDomainUnderRegistrySuffix().toString();
      }
      if (name.isRegistrySuffix()) {
        return name.toString();
      }
    } catch (IllegalArgumentException | IllegalStateException e) {
      // not a valid domain name: fall through to the last two labels
    }
    int previous = h.lastIndexOf('.', lastDot - 1);
    return h.substring(previous + 1);
  }

  private static boolean looksLikeAddress(String h) {
    if (h.indexOf(':') >= 0) {
      return true;
    }
    for (int i = 0; i < h.length(); i++) {
      char c = h.charAt(i);
      if (c != '.' && (c < '0' || c > '9')) {
        return false;
      }
    }
    return true;
  }
}
