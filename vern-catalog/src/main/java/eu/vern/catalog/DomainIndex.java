package eu.vern.catalog;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Maps a host name to the catalog service that owns it by longest-suffix match: {@code
 * chat.deepseek.com} finds the service listing {@code deepseek.com}, and a host listed explicitly
 * ({@code copilot.microsoft.com}) beats a service listing its parent domain. Case-insensitive; a
 * trailing dot is ignored. Lookups allocate nothing, so discovery can call them once per log line.
 */
public interface DomainIndex {

  /** The service owning {@code host}, or null when no listed name is a suffix of it. */
  @Nullable Service serviceFor(CharSequence host);

  /**
   * The service owning the host spelled by the ASCII bytes {@code ascii[from, to)}, with the same
   * rules as {@link #serviceFor(CharSequence)}: a log parser can look a name up where it lies in
   * its read buffer, without making a String. Bytes are read as ISO-8859-1 characters.
   */
  default @Nullable Service serviceFor(byte[] ascii, int from, int to) {
    return serviceFor(new String(ascii, from, to - from, StandardCharsets.ISO_8859_1));
  }

  /** The service owning {@code host} together with the listed name that matched. */
  Optional<Match> match(CharSequence host);

  /** How many names are indexed. */
  int size();

  /** A successful lookup: the listed name that matched and its service. */
  record Match(String domain, Service service) {}
}
