package eu.vern.bench;

import eu.vern.catalog.Catalog;
import eu.vern.catalog.CatalogException;
import eu.vern.catalog.CatalogLoader;
import eu.vern.catalog.DomainIndex;
import eu.vern.catalog.Service;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Host → service lookups over 1,000,000 synthetic hosts made from the shipped catalog: half are
 * subdomains of listed names (found), half are names no service lists (not found), shuffled.
 * Compared with what a user would write: a {@code HashMap} probed with one substring per label.
 * Scores are lookups per second on one thread.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
public class DomainIndexBenchmark extends BenchmarkBase {

  static final int HOSTS = 1_000_000;

  @Param({"vern-suffix-index", "hashmap-substrings", "floor-read-every-char"})
  public String implementation = "vern-suffix-index";

  private String[] hosts = new String[0];
  private DomainIndex index = new NaiveIndex(Map.of());

  @Setup
  public void prepare() throws CatalogException {
    Catalog catalog = CatalogLoader.load(shippedCatalog(), List.of());
    Map<String, Service> names = new HashMap<>();
    List<String> listed = new ArrayList<>();
    for (Service s : catalog.services()) {
      for (String d : s.domains()) {
        names.put(d, s);
        listed.add(d);
      }
    }
    hosts = syntheticHosts(listed, HOSTS, 20261124L);
    index =
        switch (implementation) {
          case "vern-suffix-index" -> catalog.domains();
          case "hashmap-substrings" -> new NaiveIndex(names);
          case "floor-read-every-char" -> new ReadOnly(catalog.services().get(0));
          default -> throw new IllegalArgumentException(implementation);
        };
  }

  @Benchmark
  @OperationsPerInvocation(HOSTS)
  public int lookups() {
    int found = 0;
    for (String host : hosts) {
      if (index.serviceFor(host) != null) {
        found++;
      }
    }
    return found;
  }

  static String[] syntheticHosts(List<String> listed, int count, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    String[] prefixes = {"www", "api", "cdn", "static", "eu", "login", "chat", "m", "img", "a1"};
    String[] tlds = {"com", "net", "org", "se", "no", "de", "io"};
    String[] out = new String[count];
    for (int i = 0; i < count; i++) {
      StringBuilder b = new StringBuilder(48);
      int labels = 1 + random.nextInt(3);
      for (int l = 0; l < labels; l++) {
        b.append(prefixes[random.nextInt(prefixes.length)]).append('.');
      }
      if (random.nextBoolean()) {
        b.append(listed.get(random.nextInt(listed.size())));
      } else {
        b.append("site").append(random.nextInt(200_000)).append('.')
            .append(tlds[random.nextInt(tlds.length)]);
      }
      out[i] = b.toString();
    }
    return out;
  }

  /**
   * Not an index: reads every character of the host and nothing else, the floor any lookup that
   * looks at the whole name must pay.
   */
  static final class ReadOnly implements DomainIndex {
    private final Service any;

    ReadOnly(Service any) {
      this.any = any;
    }

    @Override
    public @Nullable Service serviceFor(CharSequence host) {
      int x = 0;
      for (int i = 0; i < host.length(); i++) {
        x += host.charAt(i);
      }
      return (x & 1) == 0 ? any : null;
    }

    @Override
    public java.util.Optional<Match> match(CharSequence host) {
      throw new UnsupportedOperationException("only serviceFor is measured");
    }

    @Override
    public int size() {
      return 0;
    }
  }

  /** The alternative a user would write: lower-case the host, then probe each label suffix. */
  static final class NaiveIndex implements DomainIndex {
    private final Map<String, Service> names;

    NaiveIndex(Map<String, Service> names) {
      this.names = names;
    }

    @Override
    public @Nullable Service serviceFor(CharSequence host) {
      String h = host.toString().toLowerCase(Locale.ROOT);
      int start = 0;
      while (true) {
        Service s = names.get(h.substring(start));
        if (s != null) {
          return s;
        }
        int dot = h.indexOf('.', start);
        if (dot < 0) {
          return null;
        }
        start = dot + 1;
      }
    }

    @Override
    public java.util.Optional<Match> match(CharSequence host) {
      throw new UnsupportedOperationException("only serviceFor is measured");
    }

    @Override
    public int size() {
      return names.size();
    }
  }
}
