package eu.vern.discovery;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * What a log's first bytes say about its text encoding. Logs are read as bytes in UTF-8 (or
 * ASCII); a byte-order mark in front says otherwise: Excel's "CSV UTF-8" writes the UTF-8 one, and
 * Windows PowerShell 5.1's {@code Out-File} and {@code >} write UTF-16 with its mark, so that a
 * Windows DNS log copied that way has a zero byte after every character.
 */
enum TextEncoding {
  /** No mark: read as it is. */
  PLAIN(0),
  /** UTF-8 with its mark, which is skipped. */
  UTF_8_MARKED(3),
  /** UTF-16, little-endian, with its mark: transcoded to UTF-8 while read. */
  UTF_16LE(2),
  /** UTF-16, big-endian, with its mark: transcoded to UTF-8 while read. */
  UTF_16BE(2);

  /** The length of the mark. */
  final int mark;

  TextEncoding(int mark) {
    this.mark = mark;
  }

  /** The encoding the first {@code n} bytes of {@code b} announce. */
  static TextEncoding of(byte[] b, int n) {
    if (n >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return UTF_8_MARKED;
    }
    if (n >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return UTF_16LE;
    }
    if (n >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return UTF_16BE;
    }
    return PLAIN;
  }

  boolean utf16() {
    return this == UTF_16LE || this == UTF_16BE;
  }

  /** {@code in} as UTF-8 bytes without a mark, whatever its first bytes announce. */
  static InputStream asUtf8(InputStream in) throws IOException {
    BufferedInputStream buffered = in instanceof BufferedInputStream b ? b : new BufferedInputStream(in, 1 << 16);
    buffered.mark(3);
    byte[] first = new byte[3];
    int n = buffered.readNBytes(first, 0, 3);
    buffered.reset();
    TextEncoding encoding = of(first, n);
    buffered.skipNBytes(encoding.mark);
    return switch (encoding) {
      case PLAIN, UTF_8_MARKED -> buffered;
      case UTF_16LE -> new Transcoding(new InputStreamReader(buffered, StandardCharsets.UTF_16LE));
      case UTF_16BE -> new Transcoding(new InputStreamReader(buffered, StandardCharsets.UTF_16BE));
    };
  }

  /** Characters read from a reader, given out as UTF-8 bytes. */
  private static final class Transcoding extends InputStream {
    private final Reader reader;
    private final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
        .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final CharBuffer chars = CharBuffer.allocate(1 << 15);
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 17);
    private boolean eof;
    private final byte[] one = new byte[1];

    Transcoding(Reader reader) {
      this.reader = reader;
      chars.flip();
      bytes.flip();
    }

    @Override
    public int read() throws IOException {
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (len == 0) {
        return 0;
      }
      while (!bytes.hasRemaining()) {
        if (eof && !chars.hasRemaining()) {
          return -1;
        }
        if (!eof) {
          chars.compact();
          int n = reader.read(chars);
          chars.flip();
          eof = n < 0;
        }
        bytes.clear();
        encoder.encode(chars, bytes, eof);
        if (eof && !chars.hasRemaining()) {
          encoder.flush(bytes);
        }
        bytes.flip();
      }
      int n = Math.min(len, bytes.remaining());
      bytes.get(b, off, n);
      return n;
    }

    @Override
    public void close() throws IOException {
      reader.close();
    }
  }
}
