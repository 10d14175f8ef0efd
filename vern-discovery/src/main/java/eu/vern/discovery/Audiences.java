package eu.vern.discovery;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which audience (pupils, teachers, staff, guests...) a client belongs to, by the subnet its
 * address is in. Applied at parse time, before the address is hashed, so a report can say
 * "lower-secondary pupils reached this service 1,240 times" without any address being kept. The
 * longest matching prefix wins; a client in no listed subnet has no audience.
 */
public final class Audiences {

  /** Maps no client to an audience. */
  public static final Audiences NONE = new Audiences(List.of(), List.of());

  private final List<String> ids;
  private final int[] v4Net;
  private final int[] v4Bits;
  private final int[] v4Audience;
  private final long[] v6Hi;
  private final long[] v6Lo;
  private final int[] v6Bits;
  private final int[] v6Audience;

  private Audiences(List<String> ids, List<long[]> rules) {
    this.ids = List.copyOf(ids);
    List<long[]> v4 = rules.stream().filter(r -> r[0] == 4).toList();
    List<long[]> v6 = rules.stream().filter(r -> r[0] == 6).toList();
    v4Net = new int[v4.size()];
    v4Bits = new int[v4.size()];
    v4Audience = new int[v4.size()];
    for (int i = 0; i < v4.size(); i++) {
      long[] r = v4.get(i);
      v4Net[i] = (int) r[1];
      v4Bits[i] = (int) r[3];
      v4Audience[i] = (int) r[4];
    }
    v6Hi = new long[v6.size()];
    v6Lo = new long[v6.size()];
    v6Bits = new int[v6.size()];
    v6Audience = new int[v6.size()];
    for (int i = 0; i < v6.size(); i++) {
      long[] r = v6.get(i);
      v6Hi[i] = r[1];
      v6Lo[i] = r[2];
      v6Bits[i] = (int) r[3];
      v6Audience[i] = (int) r[4];
    }
  }

  /**
   * Audiences from subnets in CIDR notation to audience ids, e.g. {@code "10.20.0.0/16" ->
   * "pupils-lower-secondary"}.
   *
   * @throws IllegalArgumentException naming the first subnet that is not valid CIDR notation
   */
  public static Audiences of(Map<String, String> subnets) {
    List<String> ids = new ArrayList<>();
    List<long[]> rules = new ArrayList<>();
    for (Map.Entry<String, String> e : subnets.entrySet()) {
      String audience = e.getValue().strip();
      if (audience.isEmpty()) {
        throw new IllegalArgumentException("subnet " + e.getKey() + " has an empty audience id");
      }
      int index = ids.indexOf(audience);
      if (index < 0) {
        ids.add(audience);
        index = ids.size() - 1;
      }
      rules.add(cidr(e.getKey().strip(), index));
    }
    return new Audiences(ids, rules);
  }

  /**
   * Reads a subnet map: one {@code CIDR AUDIENCE} pair per line, {@code #} starts a comment.
   *
   * @throws IllegalArgumentException with {@code file:line:} and what is wrong
   */
  public static Audiences read(Path file) throws IOException {
    Map<String, String> subnets = new LinkedHashMap<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int n = 0; n < lines.size(); n++) {
      String line = lines.get(n);
      int hash = line.indexOf('#');
      String content = (hash >= 0 ? line.substring(0, hash) : line).strip();
      if (content.isEmpty()) {
        continue;
      }
      String[] parts = content.split("\\s+");
      String where = file + ":" + (n + 1) + ": ";
      if (parts.length != 2) {
        throw new IllegalArgumentException(
            where + "expected 'CIDR AUDIENCE', e.g. '10.20.0.0/16 pupils-lower-secondary'");
      }
      try {
        cidr(parts[0], 0);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + e.getMessage(), e);
      }
      if (subnets.put(parts[0], parts[1]) != null) {
        throw new IllegalArgumentException(where + "subnet " + parts[0] + " is listed twice");
      }
    }
    return of(subnets);
  }

  /** The audience ids, in the order they first appear. */
  public List<String> ids() {
    return ids;
  }

  /** Whether any subnet is mapped. */
  public boolean isEmpty() {
    return ids.isEmpty();
  }

  /** The index into {@link #ids()} for the client {@code b[from, to)}, or -1. */
  int audienceOf(byte[] b, int from, int to, long[] scratch) {
    int kind = IpAddress.parse(b, from, to, scratch);
    int best = -1;
    int bestBits = -1;
    if (kind == IpAddress.V4) {
      int ip = (int) scratch[0];
      for (int i = 0; i < v4Net.length; i++) {
        int bits = v4Bits[i];
        int mask = bits == 0 ? 0 : -1 << (32 - bits);
        if ((ip & mask) == v4Net[i] && bits > bestBits) {
          best = v4Audience[i];
          bestBits = bits;
        }
      }
    } else if (kind == IpAddress.V6) {
      for (int i = 0; i < v6Hi.length; i++) {
        int bits = v6Bits[i];
        if (matches6(scratch[0], scratch[1], v6Hi[i], v6Lo[i], bits) && bits > bestBits) {
          best = v6Audience[i];
          bestBits = bits;
        }
      }
    }
    return best;
  }

  private static boolean matches6(long hi, long lo, long netHi, long netLo, int bits) {
    long maskHi = bits >= 64 ? -1L : bits == 0 ? 0 : -1L << (64 - bits);
    long maskLo = bits <= 64 ? 0 : bits == 128 ? -1L : -1L << (128 - bits);
    return (hi & maskHi) == netHi && (lo & maskLo) == netLo;
  }

  /** {kind, hi, lo, bits, audience}, with the host bits cleared. */
  private static long[] cidr(String cidr, int audience) {
    int slash = cidr.indexOf('/');
    if (slash < 0) {
      throw new IllegalArgumentException(
          "'" + cidr + "' is not a subnet in CIDR notation such as 10.20.0.0/16");
    }
    byte[] address = cidr.substring(0, slash).getBytes(StandardCharsets.ISO_8859_1);
    int bits;
    try {
      bits = Integer.parseInt(cidr.substring(slash + 1));
    } catch (NumberFormatException e) {
      bits = -1;
    }
    long[] parsed = new long[2];
    int kind = IpAddress.parse(address, 0, address.length, parsed);
    int max = kind == IpAddress.V4 ? 32 : 128;
    if (kind == IpAddress.NONE || bits < 0 || bits > max) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "'%s' is not a subnet in CIDR notation such as 10.20.0.0/16 or 2001:db8:20::/48", cidr));
    }
    if (kind == IpAddress.V4) {
      int mask = bits == 0 ? 0 : -1 << (32 - bits);
      return new long[] {4, (int) parsed[0] & mask, 0, bits, audience};
    }
    long maskHi = bits >= 64 ? -1L : bits == 0 ? 0 : -1L << (64 - bits);
    long maskLo = bits <= 64 ? 0 : bits == 128 ? -1L : -1L << (128 - bits);
    return new long[] {6, parsed[0] & maskHi, parsed[1] & maskLo, bits, audience};
  }
}
