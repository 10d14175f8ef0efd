package eu.vern.catalog;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A Windows packaged app (MSIX/AppX, as the Microsoft Store installs it), identified by its package
 * family name {@code Name_publisherId}.
 *
 * <p>AppLocker's packaged-app rules match on the package's publisher (its signing certificate's
 * subject) and name, not on the family name, so the publisher is kept where a source gives it. The
 * 13-character publisher id in the family name is a hash of that subject; {@link #publisherId} lets
 * the catalog check that a recorded publisher really belongs to the family name.
 *
 * @param familyName the package family name, e.g. {@code Microsoft.WindowsCalculator_8wekyb3d8bbwe}
 * @param publisher the package's Publisher attribute, e.g. {@code CN=Microsoft Corporation, O=...},
 *     or null when no source gives it
 */
public record WindowsPackage(String familyName, @Nullable String publisher) {

  private static final Pattern FAMILY_NAME =
      Pattern.compile("([A-Za-z0-9.-]{3,50})_([0-9a-hjkmnp-tv-z]{13})");
  private static final char[] CROCKFORD = "0123456789abcdefghjkmnpqrstvwxyz".toCharArray();

  public WindowsPackage {
    Objects.requireNonNull(familyName, "familyName");
    String problem = problem(familyName, publisher);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
  }

  /** The package name, the part of the family name before the publisher id. */
  public String name() {
    return familyName.substring(0, familyName.lastIndexOf('_'));
  }

  /** What is wrong with this family name and publisher, or null when they fit together. */
  static @Nullable String problem(String familyName, @Nullable String publisher) {
    var m = FAMILY_NAME.matcher(familyName);
    if (!m.matches()) {
      return "'" + familyName + "' is not a package family name: expected Name_publisherId, a name of"
          + " 3 to 50 letters, digits, dots or hyphens, an underscore and 13 characters of the"
          + " publisher id (digits and lower-case letters but i, l, o and u)";
    }
    if (publisher != null) {
      if (publisher.isBlank()) {
        return "the publisher is empty; leave it out when no source gives it";
      }
      String id = publisherId(publisher);
      if (!id.equals(m.group(2))) {
        return "publisher '" + publisher + "' has the publisher id " + id + ", not " + m.group(2)
            + " as in the family name: one of them is wrong";
      }
    }
    return null;
  }

  /**
   * The publisher id Windows derives from a package's publisher: the first 8 bytes of the SHA-256
   * of the publisher in UTF-16LE, written as 13 characters of Crockford's base32 (the 64 bits
   * padded with one zero bit to 65).
   */
  public static String publisherId(String publisher) {
    byte[] hash;
    try {
      hash = MessageDigest.getInstance("SHA-256").digest(publisher.getBytes(StandardCharsets.UTF_16LE));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
    long bits = 0;
    for (int i = 0; i < 8; i++) {
      bits = (bits << 8) | (hash[i] & 0xff);
    }
    char[] out = new char[13];
    // 65 bits: the 64 of the hash followed by one zero bit, read 5 at a time from the top.
    for (int i = 0; i < 13; i++) {
      int shift = 59 - 5 * i;
      int v = shift >= 0 ? (int) ((bits >>> shift) & 0x1f) : (int) ((bits << -shift) & 0x1f);
      out[i] = CROCKFORD[v];
    }
    return new String(out);
  }
}
