package eu.vern.cli.discover;

import eu.vern.discovery.Progress;
import java.io.PrintWriter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** A one-line progress bar on standard error, redrawn at most ten times a second. */
final class ProgressBar implements Progress {

  private final PrintWriter err;
  private final long started = System.nanoTime();
  private long lastDraw;
  private boolean drawn;

  private ProgressBar(PrintWriter err) {
    this.err = err;
  }

  /** A bar when the process talks to a terminal, else null (logs and pipes stay clean). */
  static @Nullable ProgressBar forTerminal(PrintWriter err) {
    return System.console() != null && System.getenv("TERM") != null ? new ProgressBar(err) : null;
  }

  @Override
  public synchronized void advanced(long done, long total) {
    long now = System.nanoTime();
    if (now - lastDraw < 100_000_000L || now - started < 500_000_000L) {
      return;
    }
    lastDraw = now;
    drawn = true;
    double seconds = (now - started) / 1e9;
    String rate = String.format(Locale.ROOT, "%.0f MB/s", done / 1e6 / seconds);
    if (total > 0) {
      int width = 30;
      int filled = (int) Math.min(width, width * done / total);
      err.print(String.format(Locale.ROOT, "\r[%s%s] %3d%% %s ", "#".repeat(filled),
          " ".repeat(width - filled), 100 * done / total, rate));
    } else {
      err.print(String.format(Locale.ROOT, "\r%,d MB read, %s ", done / 1_000_000, rate));
    }
    err.flush();
  }

  synchronized void finish() {
    if (drawn) {
      err.print("\r" + " ".repeat(60) + "\r");
      err.flush();
    }
  }
}
