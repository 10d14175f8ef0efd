package eu.vern.bench;

import eu.vern.catalog.Catalog;
import eu.vern.catalog.CatalogException;
import eu.vern.catalog.CatalogLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Loading and validating the shipped catalog. {@code cold} runs once in each of ten fresh JVMs,
 * which is what a user waits for on every {@code vern} command; {@code warm} is the same work after
 * the JIT has compiled it, which is what a long-running server pays on reload.
 */
@State(Scope.Benchmark)
public class CatalogLoadBenchmark {

  private Path catalog = Path.of("catalog");

  @Setup
  public void locate() {
    catalog = BenchmarkBase.shippedCatalog();
  }

  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @Fork(10)
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public Catalog cold() throws CatalogException {
    return CatalogLoader.load(catalog, List.of());
  }

  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @Fork(1)
  @Warmup(iterations = 3, time = 2)
  @Measurement(iterations = 5, time = 2)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public Catalog warm() throws CatalogException {
    return CatalogLoader.load(catalog, List.of());
  }
}
