package eu.vern.discovery;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Zeek's {@code dns.log} in its separated-values form: {@code ts} (epoch seconds), {@code
 * id.orig_h} (the client), {@code query} and {@code answers} (a set) are read from the columns the
 * header names. Zeek lets a site choose the separators and the markers of unset and empty fields
 * ({@code LogAscii::separator} and friends) and writes its choice into the header, which is
 * therefore read rather than assumed; with the writer's {@code tsv} option the header is one plain
 * line of column names instead. Other header lines start with {@code #} and are ignored.
 */
final class ZeekTsvParser implements LineParser {

  /**
   * What a {@code dns.log}'s header declares: the field and set separators, the markers Zeek writes
   * for an unset and for an empty field, and the columns of ts, id.orig_h, query and answers
   * (answers may be -1).
   */
  record Layout(byte separator, byte setSeparator, String unset, String empty,
      int ts, int client, int query, int answers) {

    /** Zeek's defaults, used when a file has no header: tab, comma, {@code -}, {@code (empty)}. */
    static final Layout DEFAULT = new Layout((byte) '\t', (byte) ',', "-", "(empty)", 0, 2, 9, 21);

    int max() {
      return Math.max(Math.max(ts, client), Math.max(query, answers));
    }

    /**
     * The layout the header among {@code lines} (as [from, to) pairs of {@code head}) declares, or
     * null when they hold no Zeek header. A header Vern cannot follow is refused, naming its line.
     */
    static @Nullable Layout read(String source, byte[] head, List<int[]> lines)
        throws LogFormatException {
      Layout layout = DEFAULT;
      boolean header = false;
      boolean first = true;
      for (int[] line : lines) {
        int from = line[0];
        int to = line[1];
        int number = lineNumber(head, from);
        if (head[from] != '#') {
          // The tsv option's header: the column names alone, tab-separated, on the first line.
          if (first && startsWithTs(head, from, to, (byte) '\t')) {
            String[] names = fields(head, from, to, (byte) '\t');
            List<String> named = List.of(names);
            return named.contains("id.orig_h") && named.contains("query")
                ? layout.columns(source, number, names) : null;
          }
          break;
        }
        first = false;
        if (Bytes.startsWith(head, from, to, SEPARATOR)) {
          byte[] value = unescape(head, from + SEPARATOR.length, to);
          if (value.length != 1) {
            throw new LogFormatException(source, number, "this Zeek log's #separator is '"
                + printable(value) + "'; Vern reads logs whose fields are separated by one character");
          }
          layout = layout.with(value[0], layout.setSeparator, layout.unset, layout.empty);
          header = true;
          continue;
        }
        String[] meta = fields(head, from + 1, to, layout.separator);
        if (meta.length < 2) {
          continue;
        }
        String value = new String(unescape(meta[1]), StandardCharsets.UTF_8);
        switch (meta[0]) {
          case "set_separator" -> {
            if (value.length() != 1) {
              throw new LogFormatException(source, number, "this Zeek log's #set_separator is '"
                  + value + "'; Vern reads sets separated by one character");
            }
            layout = layout.with(layout.separator, (byte) value.charAt(0), layout.unset, layout.empty);
          }
          case "unset_field" -> layout = layout.with(layout.separator, layout.setSeparator, value, layout.empty);
          case "empty_field" -> layout = layout.with(layout.separator, layout.setSeparator, layout.unset, value);
          case "fields" -> layout = layout.columns(source, number, Arrays.copyOfRange(meta, 1, meta.length));
          case "path", "open", "close", "types" -> {}
          default -> {
            continue; // a comment of some other tool, not a Zeek header line
          }
        }
        header = true;
      }
      return header ? layout : null;
    }

    private Layout with(byte separator, byte setSeparator, String unset, String empty) {
      return new Layout(separator, setSeparator, unset, empty, ts, client, query, answers);
    }

    private Layout columns(String source, int line, String[] names) throws LogFormatException {
      int t = -1;
      int c = -1;
      int q = -1;
      int a = -1;
      for (int i = 0; i < names.length; i++) {
        switch (names[i]) {
          case "ts" -> t = i;
          case "id.orig_h" -> c = i;
          case "query" -> q = i;
          case "answers" -> a = i;
          default -> {}
        }
      }
      if (t < 0 || c < 0 || q < 0) {
        throw new LogFormatException(source, line, "this Zeek log's columns do not include "
            + (t < 0 ? "ts" : c < 0 ? "id.orig_h" : "query") + ": is it a dns.log?");
      }
      return new Layout(separator, setSeparator, unset, empty, t, c, q, a);
    }

    private static int lineNumber(byte[] head, int at) {
      int n = 1;
      for (int i = 0; i < at; i++) {
        if (head[i] == '\n') {
          n++;
        }
      }
      return n;
    }

    private static boolean startsWithTs(byte[] b, int from, int to, byte separator) {
      return to - from > 3 && b[from] == 't' && b[from + 1] == 's' && b[from + 2] == separator;
    }
  }

  private static final byte[] SEPARATOR = Bytes.ascii("#separator ");

  private final Times times;
  private final Layout layout;
  private final byte separator;
  private final byte[] unset;
  private final byte[] empty;
  private final int[] starts;
  private final int[] ends;

  ZeekTsvParser(Times times, Layout layout) {
    this.times = times;
    this.layout = layout;
    this.separator = layout.separator();
    this.unset = layout.unset().getBytes(StandardCharsets.UTF_8);
    this.empty = layout.empty().getBytes(StandardCharsets.UTF_8);
    this.starts = new int[layout.max() + 1];
    this.ends = new int[layout.max() + 1];
  }

  @Override
  public int parse(byte[] b, int from, int to, Event e) {
    if (b[from] == '#' || Layout.startsWithTs(b, from, to, separator)) {
      return IGNORED; // a header line: meta lines, or the tsv option's line of column names
    }
    int need = starts.length;
    int n = 0;
    int p = from;
    while (n < need) {
      starts[n] = p;
      int sep = Bytes.indexOf(b, p, to, separator);
      ends[n] = sep < 0 ? to : sep;
      n++;
      if (sep < 0) {
        break;
      }
      p = sep + 1;
    }
    if (n < need) {
      return LineParser.malformed(e,
          "a Zeek dns.log line has fewer columns than its #fields header names");
    }
    long t = times.epoch(b, starts[layout.ts()], ends[layout.ts()]);
    if (t == Times.BAD) {
      return LineParser.malformed(e, "the ts column is not epoch seconds");
    }
    int qs = starts[layout.query()];
    int qe = ends[layout.query()];
    if (qe == qs || Bytes.equals(b, qs, qe, unset) || Bytes.equals(b, qs, qe, empty)) {
      return IGNORED; // no question: a message Zeek could not pair with a query
    }
    e.time = t;
    e.client(b, starts[layout.client()], ends[layout.client()]);
    e.name(b, qs, qe);
    e.answers = 0;
    e.answerBuf = b;
    if (layout.answers() >= 0) {
      int as = starts[layout.answers()];
      int ae = ends[layout.answers()];
      if (!Bytes.equals(b, as, ae, unset) && !Bytes.equals(b, as, ae, empty)) {
        byte set = layout.setSeparator();
        int s = as;
        for (int k = as; k <= ae; k++) {
          if (k == ae || b[k] == set) {
            e.addAnswer(s, k);
            s = k + 1;
          }
        }
      }
    }
    return QUERY;
  }


  private static String[] fields(byte[] b, int from, int to, byte separator) {
    String line = new String(b, from, to - from, StandardCharsets.UTF_8);
    return line.split(Pattern.quote(String.valueOf((char) (separator & 0xff))), -1);
  }

  /** A header value with Zeek's escapes undone: {@code \xNN} is a byte, {@code \\} a backslash. */
  private static byte[] unescape(byte[] b, int from, int to) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(to - from);
    for (int i = from; i < to; i++) {
      if (b[i] == '\\' && i + 3 < to && b[i + 1] == 'x' && hex(b[i + 2]) >= 0 && hex(b[i + 3]) >= 0) {
        out.write(hex(b[i + 2]) << 4 | hex(b[i + 3]));
        i += 3;
      } else if (b[i] == '\\' && i + 1 < to && b[i + 1] == '\\') {
        out.write('\\');
        i++;
      } else {
        out.write(b[i]);
      }
    }
    return out.toByteArray();
  }

  private static byte[] unescape(String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    return unescape(b, 0, b.length);
  }

  private static int hex(byte c) {
    return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
        : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
  }

  private static String printable(byte[] value) {
    StringBuilder s = new StringBuilder();
    for (byte c : value) {
      if (c >= 0x21 && c < 0x7f) {
        s.append((char) c);
      } else {
        s.append(String.format(Locale.ROOT, "\\x%02x", c & 0xff));
      }
    }
    return s.toString();
  }
}
