package eu.vern.enforce;

import java.io.IOException;
import java.io.Writer;

/**
 * Collects an export's many short writes in one unsynchronised char buffer and hands them to the
 * caller's writer in large chunks: a million names are two million small writes, and a
 * {@link java.io.BufferedWriter} takes a lock for each. Flushes, never closes, the target.
 */
final class ChunkedWriter extends Writer {

  private final Writer target;
  private final char[] buffer = new char[1 << 16];
  private int used;

  ChunkedWriter(Writer target) {
    this.target = target;
  }

  @Override
  public void write(String s) throws IOException {
    write(s, 0, s.length());
  }

  @Override
  public void write(String s, int offset, int length) throws IOException {
    if (length > buffer.length - used) {
      drain();
      if (length > buffer.length) {
        target.write(s, offset, length);
        return;
      }
    }
    s.getChars(offset, offset + length, buffer, used);
    used += length;
  }

  @Override
  public void write(int c) throws IOException {
    if (used == buffer.length) {
      drain();
    }
    buffer[used++] = (char) c;
  }

  @Override
  public void write(char[] chars, int offset, int length) throws IOException {
    if (length > buffer.length - used) {
      drain();
      if (length > buffer.length) {
        target.write(chars, offset, length);
        return;
      }
    }
    System.arraycopy(chars, offset, buffer, used, length);
    used += length;
  }

  private void drain() throws IOException {
    if (used > 0) {
      target.write(buffer, 0, used);
      used = 0;
    }
  }

  @Override
  public void flush() throws IOException {
    drain();
    target.flush();
  }

  @Override
  public void close() throws IOException {
    flush();
  }
}
