package eu.vern.guidelines;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * An IPv4 or IPv6 network in CIDR notation ({@code 10.20.0.0/16}, {@code 2001:db8::/32}), used to
 * recognise which audience a client belongs to.
 */
public record Cidr(byte[] network, int prefix, String text) {

  public Cidr {
    network = network.clone();
  }

  /** Parses {@code text}; an address without a prefix is a single host. */
  public static Optional<Cidr> parse(String text) {
    String t = text.strip();
    int slash = t.indexOf('/');
    String address = slash < 0 ? t : t.substring(0, slash);
    // Only literals reach InetAddress, so parsing never becomes a DNS lookup ("dead.beef").
    boolean ipv4 = address.matches("\\d{1,3}(\\.\\d{1,3}){3}");
    boolean ipv6 = address.contains(":") && address.matches("[0-9A-Fa-f:.]+");
    if (!ipv4 && !ipv6) {
      return Optional.empty();
    }
    byte[] bytes;
    try {
      bytes = InetAddress.getByName(address).getAddress();
    } catch (UnknownHostException | SecurityException e) {
      return Optional.empty();
    }
    int max = bytes.length * 8;
    int prefix = max;
    if (slash >= 0) {
      try {
        prefix = Integer.parseInt(t.substring(slash + 1));
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
      if (prefix < 0 || prefix > max) {
        return Optional.empty();
      }
    }
    byte[] masked = mask(bytes, prefix);
    return Optional.of(new Cidr(masked, prefix, address.toLowerCase(Locale.ROOT) + "/" + prefix));
  }

  /** Whether {@code address} (4 or 16 bytes) lies in this network. */
  public boolean contains(byte[] address) {
    if (address.length != network.length) {
      return false;
    }
    byte[] masked = mask(address, prefix);
    return java.util.Arrays.equals(masked, network);
  }

  /** Whether the two networks share at least one address. */
  public boolean overlaps(Cidr other) {
    if (other.network.length != network.length) {
      return false;
    }
    int shorter = Math.min(prefix, other.prefix);
    return java.util.Arrays.equals(mask(network, shorter), mask(other.network, shorter));
  }

  @Override
  public byte[] network() {
    return network.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Cidr c && c.prefix == prefix && java.util.Arrays.equals(c.network, network);
  }

  @Override
  public int hashCode() {
    return 31 * java.util.Arrays.hashCode(network) + prefix;
  }

  @Override
  public String toString() {
    return text;
  }

  private static byte[] mask(byte[] address, int prefix) {
    byte[] out = address.clone();
    for (int i = 0; i < out.length; i++) {
      int bits = Math.max(0, Math.min(8, prefix - i * 8));
      out[i] = (byte) (out[i] & (0xFF << (8 - bits)));
    }
    return out;
  }
}
