package eu.vern.discovery;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * One log to read: a file (read in parallel chunks when it is not compressed) or a stream such
 * as standard input. Gzip and zstd are recognised by their first bytes.
 */
public sealed interface LogSource {

  /** The name used in messages: the path, or {@code -} for standard input. */
  String name();

  /** A log file. */
  static LogSource of(Path path) {
    return new File(path);
  }

  /** A stream, read once, e.g. {@code LogSource.of("-", () -> System.in)}. */
  static LogSource of(String name, Opener opener) {
    return new Stream(name, opener);
  }

  /** A file on disk. */
  record File(Path path) implements LogSource {
    @Override
    public String name() {
      return path.toString();
    }
  }

  /** A stream opened once. */
  record Stream(String name, Opener opener) implements LogSource {}

  /** Opens a stream. */
  @FunctionalInterface
  interface Opener {
    InputStream open() throws IOException;
  }
}
