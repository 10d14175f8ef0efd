package eu.vern.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The floor under any JVM tool that reads a log: start the JVM, read every byte of the file with
 * THREADS threads in 4 MiB chunks (positional reads, as discovery reads) and count the newlines,
 * nothing else. {@code time java -cp vern-bench/target/benchmarks.jar eu.vern.bench.CountLines
 * FILE [THREADS]}: what no amount of work on parsing can go below.
 */
public final class CountLines {

  private static final int CHUNK = 4 << 20;

  private CountLines() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = channel.size();
      long chunks = (size + CHUNK - 1) / CHUNK;
      AtomicLong next = new AtomicLong();
      AtomicLong lines = new AtomicLong();
      List<Thread> running = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        Thread worker = new Thread(() -> {
          ByteBuffer buffer = ByteBuffer.allocate(CHUNK);
          byte[] b = buffer.array();
          long count = 0;
          for (long c = next.getAndIncrement(); c < chunks; c = next.getAndIncrement()) {
            buffer.clear();
            try {
              while (buffer.hasRemaining() && channel.read(buffer, c * CHUNK + buffer.position()) > 0) {
                // positional reads until the chunk is full or the file ends
              }
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
            int n = buffer.position();
            for (int i = 0; i < n; i++) {
              if (b[i] == '\n') {
                count++;
              }
            }
          }
          lines.addAndGet(count);
        });
        worker.start();
        running.add(worker);
      }
      for (Thread worker : running) {
        worker.join();
      }
      System.out.printf("%,d lines%n", lines.get());
    }
  }
}
