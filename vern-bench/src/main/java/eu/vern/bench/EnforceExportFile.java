package eu.vern.bench;

import eu.vern.enforce.ExportOptions;
import eu.vern.enforce.Exports;
import eu.vern.enforce.Format;
import eu.vern.enforce.Policy;
import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The export benchmark as a plain program, for a machine shared with other work: exports the
 * 1,000,000-name policy of {@link EnforceExportBenchmark} to a file in each format, several times,
 * and prints the best wall time, the best CPU time of the exporting thread (which other processes'
 * load inflates much less) and the file size. Run it with {@code -Xmx512m}: finishing is the proof
 * that an export fits in 512 MB of heap.
 *
 * <p>Run: {@code java -Xmx512m -cp vern-bench/target/benchmarks.jar eu.vern.bench.EnforceExportFile
 * [ROUNDS] [FORMAT...]}.
 */
public final class EnforceExportFile {

  private EnforceExportFile() {}

  public static void main(String[] args) throws IOException {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    Policy policy = EnforceExportBenchmark.syntheticPolicy(EnforceExportBenchmark.NAMES);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Path file = Files.createTempFile("vern-export-", ".out");
    try {
      for (Format format : Format.values()) {
        if (args.length > 1 && !java.util.Arrays.asList(args).subList(1, args.length).contains(format.code())) {
          continue;
        }
        long bestWall = Long.MAX_VALUE;
        long bestCpu = Long.MAX_VALUE;
        for (int round = 0; round < rounds + 2; round++) {
          long wall = System.nanoTime();
          long cpu = threads.getCurrentThreadCpuTime();
          try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            Exports.write(format, policy, ExportOptions.defaults(), out);
          }
          if (round >= 2) {
            bestWall = Math.min(bestWall, System.nanoTime() - wall);
            bestCpu = Math.min(bestCpu, threads.getCurrentThreadCpuTime() - cpu);
          }
        }
        System.out.printf(Locale.ROOT, "%-13s wall %6d ms  cpu %6d ms  %5d MB%n", format.code(),
            bestWall / 1_000_000, bestCpu / 1_000_000, Files.size(file) >> 20);
      }
      System.out.printf(Locale.ROOT, "every export above ran in a heap of at most %d MB (-Xmx)%n",
          Runtime.getRuntime().maxMemory() >> 20);
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
