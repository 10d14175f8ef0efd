package eu.vern.bench;

import eu.vern.catalog.Catalog;
import eu.vern.catalog.CatalogLoader;
import eu.vern.catalog.Service;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes a synthetic BIND query log for the discovery benchmarks (never committed): {@code java
 * -cp vern-bench/target/benchmarks.jar eu.vern.bench.GenerateBindLog LINES FILE [uniform]}. Hosts:
 * 40% subdomains of names the shipped catalog lists, 60% names from 20,000 made-up registrable
 * domains under real suffixes, each with 8 host prefixes; 5,000 clients; one day. Popularity
 * follows Zipf's law (s = 1) for domains and for clients, as DNS traffic does; {@code uniform}
 * draws every domain and client with equal chance instead, the worst case for every cache.
 */
public final class GenerateBindLog {

  private GenerateBindLog() {}

  public static void main(String[] args) throws Exception {
    long lines = args.length > 0 ? Long.parseLong(args[0].replace("_", "")) : 20_000_000L;
    Path file = Path.of(args.length > 1 ? args[1] : "/tmp/vern-bench-query.log");
    write(lines, file, args.length > 2 && args[2].equals("uniform"));
    System.out.printf(Locale.ROOT, "%,d lines, %,d bytes: %s%n", lines, Files.size(file), file);
  }

  static void write(long lines, Path file, boolean uniform)
      throws IOException, eu.vern.catalog.CatalogException {
    Catalog catalog = CatalogLoader.load(BenchmarkBase.shippedCatalog(), List.of());
    List<String> listed = new ArrayList<>();
    for (Service s : catalog.services()) {
      listed.addAll(s.domains());
    }
    SplittableRandom random = new SplittableRandom(20261124);
    String[] prefixes = {"www", "api", "cdn", "static", "login", "app", "m", "img"};
    String[] suffixes = {"com", "net", "org", "se", "no", "co.uk", "de", "io", "com.au", "fr"};
    String[] unknown = new String[20_000];
    for (int i = 0; i < unknown.length; i++) {
      unknown[i] = "site" + Integer.toString(i, 36) + "." + suffixes[random.nextInt(suffixes.length)];
    }
    String[] clients = new String[5_000];
    for (int i = 0; i < clients.length; i++) {
      clients[i] = "10." + (i >> 12) + "." + ((i >> 6) & 63) + "." + (i & 63);
    }
    Zipf listedRank = new Zipf(listed.size(), uniform);
    Zipf unknownRank = new Zipf(unknown.length, uniform);
    Zipf clientRank = new Zipf(clients.length, uniform);
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
      StringBuilder b = new StringBuilder(256);
      for (long i = 0; i < lines; i++) {
        String base = random.nextInt(10) < 4
            ? listed.get(listedRank.next(random))
            : unknown[unknownRank.next(random)];
        String host = prefixes[random.nextInt(prefixes.length)] + "." + base;
        long ms = i * 86_400_000L / lines;
        b.setLength(0);
        b.append("24-Nov-2026 ");
        two(b, (int) (ms / 3_600_000));
        b.append(':');
        two(b, (int) (ms / 60_000 % 60));
        b.append(':');
        two(b, (int) (ms / 1000 % 60));
        b.append('.');
        int milli = (int) (ms % 1000);
        b.append((char) ('0' + milli / 100)).append((char) ('0' + milli / 10 % 10))
            .append((char) ('0' + milli % 10));
        b.append(" client @0x7f3a5c").append(Long.toHexString(0x100000 + (i & 0xfffff)))
            .append(' ').append(clients[clientRank.next(random)]).append('#')
            .append(1024 + random.nextInt(60000)).append(" (").append(host).append("): query: ")
            .append(host).append(" IN ").append(random.nextBoolean() ? "A" : "AAAA")
            .append(" +E(0)K (10.0.0.53)\n");
        out.write(b.toString().getBytes(StandardCharsets.ISO_8859_1));
      }
    }
  }

  /** Ranks 0..n-1 drawn with probability proportional to 1/(rank+1), or uniformly. */
  private static final class Zipf {
    private final double[] cumulative;
    private final boolean uniform;

    Zipf(int n, boolean uniform) {
      this.uniform = uniform;
      cumulative = new double[n];
      double sum = 0;
      for (int i = 0; i < n; i++) {
        sum += 1.0 / (i + 1);
        cumulative[i] = sum;
      }
      for (int i = 0; i < n; i++) {
        cumulative[i] /= sum;
      }
    }

    int next(SplittableRandom random) {
      if (uniform) {
        return random.nextInt(cumulative.length);
      }
      int i = java.util.Arrays.binarySearch(cumulative, random.nextDouble());
      return Math.min(cumulative.length - 1, i < 0 ? -i - 1 : i);
    }
  }

  private static void two(StringBuilder b, int v) {
    b.append((char) ('0' + v / 10)).append((char) ('0' + v % 10));
  }
}
