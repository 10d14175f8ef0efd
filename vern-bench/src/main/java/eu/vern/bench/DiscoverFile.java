package eu.vern.bench;

import eu.vern.catalog.Catalog;
import eu.vern.catalog.CatalogLoader;
import eu.vern.discovery.Discovery;
import eu.vern.discovery.DiscoveryReport;
import eu.vern.discovery.LogFormat;
import eu.vern.discovery.LogSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * End to end, as {@code vern discover} does it: load the shipped catalog, read one log with
 * every core, build the report. Run under {@code time} so JVM start-up counts: {@code time java
 * -cp vern-bench/target/benchmarks.jar eu.vern.bench.DiscoverFile FILE [THREADS]}. Prints the
 * reading phase's wall time and its CPU time (all threads of the process, JIT and GC included):
 * lines per CPU-second is the throughput per core, and stays meaningful when other work shares
 * the machine.
 */
public final class DiscoverFile {

  private DiscoverFile() {}

  public static void main(String[] args) throws Exception {
    long start = System.nanoTime();
    Catalog catalog = CatalogLoader.load(BenchmarkBase.shippedCatalog(), List.of());
    long loaded = System.nanoTime();
    com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
        java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    long cpuBefore = os.getProcessCpuTime();
    Discovery.Builder builder = Discovery.builder(catalog).format(LogFormat.AUTO);
    if (args.length > 1) {
      builder.threads(Integer.parseInt(args[1]));
    }
    DiscoveryReport r = builder.build().run(List.of(LogSource.of(Path.of(args[0]))));
    long end = System.nanoTime();
    double cpu = (os.getProcessCpuTime() - cpuBefore) / 1e9;
    double seconds = (end - loaded) / 1e9;
    System.out.printf(Locale.ROOT,
        "%,d lines, %,d services, %,d unknown domains; catalog %.0f ms; read %.2f s wall:"
            + " %.2f million lines/s; %.2f CPU-s: %.2f million lines per CPU-second%n",
        r.lines().total(), r.services().size(), r.unknown().size(), (loaded - start) / 1e6, seconds,
        r.lines().total() / seconds / 1e6, cpu, r.lines().total() / cpu / 1e6);
  }
}
