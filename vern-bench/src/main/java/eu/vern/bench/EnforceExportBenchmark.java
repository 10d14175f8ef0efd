package eu.vern.bench;

import eu.vern.enforce.Blocklist;
import eu.vern.enforce.ExportOptions;
import eu.vern.enforce.Exports;
import eu.vern.enforce.Format;
import eu.vern.enforce.Policy;
import eu.vern.enforce.Provenance;
import eu.vern.guidelines.AgeRange;
import eu.vern.guidelines.Audience;
import eu.vern.guidelines.Cidr;
import eu.vern.guidelines.DataCategory;
import eu.vern.guidelines.LocalizedText;
import eu.vern.guidelines.Recognition;
import eu.vern.guidelines.Verdict;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One export of 1,000,000 blocked names (250,000 services of four names each) to a file, in every
 * format, in a JVM limited to 512 MB of heap: the target is under 3 s for RPZ. The policy is
 * built once; each shot writes the whole file through a buffered writer.
 *
 * <p>Run: {@code java -jar vern-bench/target/benchmarks.jar EnforceExport} (add {@code -prof gc}
 * for allocation), or one format: {@code -p format=rpz}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class EnforceExportBenchmark extends BenchmarkBase {

  static final int NAMES = 1_000_000;

  @Param({"rpz", "unbound", "bind", "dnsmasq", "hosts", "adblock", "squid", "squid-acl", "pac", "chrome",
      "firefox", "mobileconfig", "json"})
  public String format = "rpz";

  private Policy policy = syntheticPolicy(4);
  private Format chosen = Format.RPZ;
  private Path file = Path.of("");

  @Setup
  public void prepare() throws IOException {
    policy = syntheticPolicy(NAMES);
    chosen = java.util.Arrays.stream(Format.values()).filter(f -> f.code().equals(format)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException(format));
    file = Files.createTempFile("vern-export-", "." + format);
  }

  @TearDown
  public void remove() throws IOException {
    Files.deleteIfExists(file);
  }

  @Benchmark
  public long export() throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      Exports.write(chosen, policy, ExportOptions.defaults(), out);
    }
    return Files.size(file);
  }

  /** {@code names} blocked names: service i owns s{i}.example, its api., cdn. and a sibling domain. */
  static Policy syntheticPolicy(int names) {
    Audience audience = new Audience("pupils-primary", LocalizedText.same("Primary pupils"), new AgeRange(6, 12),
        List.of(DataCategory.PUBLIC, DataCategory.PERSONAL),
        new Recognition(List.of(Cidr.parse("10.31.0.0/16").orElseThrow()), List.of(),
            List.of("OU=Pupils-Primary"), List.of("pupil-ipads")));
    List<Blocklist.Entry> blocked = new ArrayList<>(names / 4 + 1);
    for (int i = 0; i < names / 4; i++) {
      String base = "s" + i + ".example";
      blocked.add(new Blocklist.Entry("service-" + i, "Service " + i, Verdict.BLOCK,
          List.of(base, "api." + "x" + i + ".example", "cdn-" + i + ".net", "service-" + i + ".org"),
          "rule intelligence-law-without-adequacy"));
    }
    Provenance provenance = new Provenance("municipal-baseline", "1.0.0", "Municipal baseline", "Benchmark town",
        "synthetic", "1", LocalDate.of(2026, 11, 24), DataCategory.PERSONAL, List.of(Verdict.BLOCK),
        Instant.parse("2026-11-24T12:00:00Z"));
    return new Policy(provenance, List.of(new Blocklist(audience, blocked, List.of())));
  }
}
