package eu.vern.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The JMH settings every throughput benchmark shares: one place to change them. Sized for the
 * project's 2-core machines, where a run of one class should take about a minute.
 */
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 2, timeUnit = TimeUnit.SECONDS)
@OutputTimeUnit(TimeUnit.SECONDS)
public abstract class BenchmarkBase {

  /** Vern's home (the repository root): {@code -Dvern.home=DIR}, else the working directory. */
  static Path home() {
    String home = System.getProperty("vern.home", "");
    return (home.isEmpty() ? Path.of("") : Path.of(home)).toAbsolutePath();
  }

  /** The shipped catalog: {@code -Dvern.home=DIR}, else {@code ./catalog}. */
  static Path shippedCatalog() {
    String home = System.getProperty("vern.home", "");
    Path dir = (home.isEmpty() ? Path.of("") : Path.of(home)).toAbsolutePath().resolve("catalog");
    if (!Files.isDirectory(dir)) {
      throw new IllegalStateException(
          "no catalog at " + dir + "; run from the repository root or pass -Dvern.home=DIR");
    }
    return dir;
  }
}
