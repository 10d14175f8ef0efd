package eu.vern.bench;

import eu.vern.catalog.Catalog;
import eu.vern.catalog.CatalogException;
import eu.vern.catalog.CatalogLoader;
import eu.vern.discovery.Discovery;
import eu.vern.discovery.DiscoveryReport;
import eu.vern.discovery.LogFormat;
import eu.vern.discovery.LogSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Discovery's parse-match-count path on one thread, over 1,000,000 generated BIND lines held in
 * memory (read as a stream, so no disk): lines per second. Compared with what a user would write:
 * split each line on spaces, take field 8, and count it in a {@code HashMap} with a {@code
 * HashSet} of clients (no catalog match, no registrable domain). Run: {@code java -jar
 * vern-bench/target/benchmarks.jar DiscoveryParse}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
public class DiscoveryParseBenchmark extends BenchmarkBase {

  static final int LINES = 1_000_000;

  @Param({"vern-discovery", "string-split-hashmap"})
  public String implementation = "vern-discovery";

  private byte[] log = new byte[0];
  private @org.jspecify.annotations.Nullable Discovery discovery;

  @Setup(Level.Trial)
  public void prepare() throws IOException, CatalogException {
    Path file = Files.createTempFile("vern-bench", ".log");
    try {
      GenerateBindLog.write(LINES, file, false);
      log = Files.readAllBytes(file);
    } finally {
      Files.delete(file);
    }
    Catalog catalog = CatalogLoader.load(shippedCatalog(), List.of());
    discovery = implementation.equals("vern-discovery")
        ? Discovery.builder(catalog).format(LogFormat.BIND).threads(1).build()
        : null;
  }

  @TearDown(Level.Trial)
  public void release() {
    log = new byte[0];
  }

  @Benchmark
  @OperationsPerInvocation(LINES)
  public long lines() throws Exception {
    Discovery d = discovery;
    if (d != null) {
      DiscoveryReport r = d.run(List.of(LogSource.of("bench", () -> new ByteArrayInputStream(log))));
      return r.lines().parsed();
    }
    Map<String, Long> counts = new HashMap<>();
    Map<String, Set<String>> clients = new HashMap<>();
    String text = new String(log, java.nio.charset.StandardCharsets.ISO_8859_1);
    for (String line : text.split("\n")) {
      String[] f = line.split(" ");
      if (f.length > 7) {
        counts.merge(f[7], 1L, Long::sum);
        clients.computeIfAbsent(f[7], x -> new HashSet<>()).add(f[4].substring(0, f[4].indexOf('#')));
      }
    }
    return counts.size();
  }
}
