package eu.vern.discovery;

import java.nio.charset.StandardCharsets;

/**
 * The Frame Streams container dnstap files use (farsightsec/fstrm): a sequence of frames, each a
 * 32-bit big-endian length and that many bytes; a length of zero escapes a control frame (START,
 * with the content type, at the beginning; STOP at the end), whose own length follows. Frames,
 * unlike lines, cannot be found again from the middle of a file, so such files are read in order
 * and cut into blocks at frame boundaries.
 */
final class Frames {

  private static final byte[] DNSTAP = "protobuf:dnstap.Dnstap".getBytes(StandardCharsets.US_ASCII);

  /** The longest frame read; a dnstap message is a few hundred bytes. */
  static final int MAX_FRAME = 1 << 16;

  private Frames() {}

  /** Whether {@code b[0, n)} starts with the escape of a control frame: a Frame Streams file. */
  static boolean isFramed(byte[] b, int n) {
    return n >= 8 && b[0] == 0 && b[1] == 0 && b[2] == 0 && b[3] == 0;
  }

  /** Whether the head is a Frame Streams file whose START frame names dnstap's content type. */
  static boolean isDnstap(byte[] head, int len) {
    if (!isFramed(head, len)) {
      return false;
    }
    int control = length(head, 4);
    return control > 0 && 8 + control <= len && Bytes.indexOf(head, 8, 8 + control, DNSTAP) >= 0;
  }

  /** The 32-bit big-endian length at {@code b[i]}. */
  static int length(byte[] b, int i) {
    return (b[i] & 0xFF) << 24 | (b[i + 1] & 0xFF) << 16 | (b[i + 2] & 0xFF) << 8 | (b[i + 3] & 0xFF);
  }

  /**
   * Where the frame at {@code p} ends in {@code b[p, len)}: after its payload, or after a control
   * frame; -1 when it does not end before {@code len}, or its length is out of bounds.
   */
  static int end(byte[] b, int p, int len) {
    if (p + 4 > len) {
      return -1;
    }
    int n = length(b, p);
    if (n == 0) {
      if (p + 8 > len) {
        return -1;
      }
      int control = length(b, p + 4);
      return control < 0 || control > MAX_FRAME || p + 8 + control > len ? -1 : p + 8 + control;
    }
    return n < 0 || n > MAX_FRAME || p + 4 + n > len ? -1 : p + 4 + n;
  }

  /** The end of the last whole frame in {@code b[0, len)}, frames starting at 0. */
  static int lastEnd(byte[] b, int len) {
    int p = 0;
    while (true) {
      int e = end(b, p, len);
      if (e < 0) {
        return p;
      }
      p = e;
    }
  }
}
