package eu.vern.enforce;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A server program the tests start in the foreground on a loopback port and stop by its process id:
 * waits until it answers, shows its log when it does not, and never outlives the test.
 */
final class Daemon implements AutoCloseable {

  /** One readiness probe: returns normally once the program answers. */
  interface Probe {
    void check() throws IOException;
  }

  private final Process process;
  private final Path log;
  private final Path stdout;
  private final String name;

  private Daemon(Process process, Path log, Path stdout, String name) {
    this.process = process;
    this.log = log;
    this.stdout = stdout;
    this.name = name;
  }

  /** Starts {@code command} with its output in {@code dir/stdout.log} and waits until {@code ready} passes. */
  static Daemon start(List<String> command, Path dir, Path log, Probe ready) throws IOException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(dir.resolve("stdout.log").toFile()).start();
    Daemon d = new Daemon(p, log, dir.resolve("stdout.log"), Path.of(command.get(0)).getFileName().toString());
    try {
      d.awaitReady(ready);
    } catch (RuntimeException | IOException e) {
      d.close();
      throw e;
    }
    return d;
  }

  /** Runs a helper program to completion, failing with its output when it does not exit 0. */
  static String run(List<String> command, Path dir) throws IOException {
    Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    try {
      if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
        p.destroyForcibly();
        throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      p.destroyForcibly();
      throw new IOException(e);
    }
    return output;
  }

  String log() {
    return read(log);
  }

  private static String read(Path file) {
    try {
      return Files.exists(file) ? Files.readString(file) : "";
    } catch (IOException e) {
      return e.toString();
    }
  }

  private void awaitReady(Probe ready) throws IOException {
    // Generous: the machine running the tests may be busy with other builds.
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    IOException last = null;
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " exited with " + process.exitValue() + ":\n" + log()
            + (stdout.equals(log) ? "" : read(stdout)));
      }
      try {
        ready.check();
        return;
      } catch (IOException e) {
        last = e;
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException(e);
      }
    }
    throw new IllegalStateException(name + " did not answer: " + last + "\n" + log());
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }
}
