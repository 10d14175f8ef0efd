package eu.vern.discovery;

/** Told how far reading has come; called from worker threads, so it must be thread-safe. */
@FunctionalInterface
public interface Progress {

  /** No progress reporting. */
  Progress NONE = (done, total) -> {};

  /**
   * {@code done} bytes of {@code total} have been read (compressed bytes for a compressed file);
   * {@code total} is -1 when unknown, as for standard input.
   */
  void advanced(long done, long total);
}
