package eu.vern.discovery;

import eu.vern.discovery.SquidLogformat.Code;
import eu.vern.discovery.SquidLogformat.Field;
import eu.vern.discovery.SquidLogformat.Literal;
import eu.vern.discovery.SquidLogformat.Part;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Squid's {@code access.log} written in a {@code logformat} the site defined itself: each line is
 * walked along the compiled definition, literal text matched, each field read up to the text that
 * follows it (a fixed-width or time field by its own length), and the time, client and host taken
 * from the codes that give them. A field written as a quoted string ends at a quote that is not
 * escaped. A host of {@code -} (Squid's "none") falls through to the next code that gives one.
 */
final class SquidLogformatParser implements LineParser {

  private static final int CODES = Code.values().length;
  private static final String NOT_FOLLOWED = "the line does not follow the --squid-logformat definition (";

  private final Times times;
  private final Part[] parts;
  private final SquidLogformat format;
  private final int[] starts = new int[CODES];
  private final int[] ends = new int[CODES];
  private final int[] end = new int[1];
  /** The time a {@code %tl} or {@code %tg} field of the current line gave. */
  private long parsedTime;

  SquidLogformatParser(Times times, SquidLogformat format) {
    this.times = times;
    this.format = format;
    this.parts = format.parts().toArray(Part[]::new);
  }

  /**
   * A malformed line, unless the definition records user names: which of its words is a name
   * cannot be told from a line that does not follow the definition, so none of it is shown.
   */
  @Override
  public String sample(byte[] b, int from, int to) {
    boolean users = format.parts().stream()
        .anyMatch(p -> p instanceof Field f && f.code() == Code.USER);
    return users ? "(not shown: the logformat records user names)" : Masking.mask(b, from, to);
  }

  @Override
  public int parse(byte[] b, int from, int to, Event e) {
    Arrays.fill(starts, -1);
    parsedTime = Times.BAD;
    int p = from;
    for (int i = 0; i < parts.length; i++) {
      if (parts[i] instanceof Literal literal) {
        p = literal(b, p, to, literal.bytes());
        if (p < 0) {
          return LineParser.malformed(e, NOT_FOLLOWED + "expected '"
              + new String(literal.bytes(), StandardCharsets.UTF_8) + "')");
        }
        continue;
      }
      Field f = (Field) parts[i];
      int fieldEnd;
      if (f.time() != null) {
        long t = f.time().parse(b, p, to, times, end);
        if (t == Times.BAD) {
          return LineParser.malformed(e, NOT_FOLLOWED + "the %" + f.name() + " time does not follow its pattern)");
        }
        parsedTime = t;
        fieldEnd = end[0];
      } else if (i + 1 == parts.length) {
        fieldEnd = to;
      } else if (parts[i + 1] instanceof Literal next) {
        fieldEnd = fieldEnd(b, p, to, next.bytes()[0], f.quoted());
        if (fieldEnd < 0) {
          return LineParser.malformed(e, NOT_FOLLOWED + "no '" + (char) (next.bytes()[0] & 0xff)
              + "' after %" + f.name() + ")");
        }
      } else {
        fieldEnd = p + f.fixedWidth();
        if (fieldEnd > to) {
          return LineParser.malformed(e, NOT_FOLLOWED + "it ends inside %" + f.name() + ")");
        }
      }
      int c = f.code().ordinal();
      if (starts[c] < 0) {
        starts[c] = p;
        ends[c] = fieldEnd;
      }
      p = fieldEnd;
    }
    long t = time(b);
    if (t == Times.BAD) {
      return LineParser.malformed(e, "the time of the request cannot be read");
    }
    int client = format.client().ordinal();
    if (ends[client] == starts[client]) {
      return LineParser.malformed(e, "the line has no client");
    }
    for (Code host : format.hosts()) {
      int h = host.ordinal();
      int hs = starts[h];
      int he = ends[h];
      if (hs < 0 || he == hs || (he - hs == 1 && b[hs] == '-')) {
        continue;
      }
      return switch (host) {
        case URL -> {
          int m = Code.METHOD.ordinal();
          boolean connect = starts[m] >= 0
              ? ends[m] - starts[m] == 7 && b[starts[m]] == 'C' && b[starts[m] + 6] == 'T'
              : authority(b, hs, he);
          yield SquidParser.request(b, connect, hs, he, t, starts[client], ends[client], e);
        }
        default -> SquidParser.request(b, true, hs, he, t, starts[client], ends[client], e);
      };
    }
    return IGNORED; // no host: Squid's own error entries
  }

  private long time(byte[] b) {
    return switch (format.time()) {
      case SECONDS -> {
        int s = Code.SECONDS.ordinal();
        long seconds = Bytes.digits(b, starts[s], ends[s]);
        if (seconds < 0) {
          yield Times.BAD;
        }
        int u = Code.SUBSECOND.ordinal();
        long millis = starts[u] < 0 ? 0 : Bytes.digits(b, starts[u], ends[u]);
        yield millis < 0 || millis > 999 ? Times.BAD : seconds * 1000 + millis;
      }
      case START -> times.epoch(b, starts[Code.START.ordinal()], ends[Code.START.ordinal()]);
      default -> parsedTime;
    };
  }

  /** Past {@code literal} at {@code p} (a space in it matching a run of spaces), or -1. */
  private static int literal(byte[] b, int p, int to, byte[] literal) {
    for (byte c : literal) {
      if (p >= to || b[p] != c) {
        return -1;
      }
      p++;
      if (c == ' ') {
        while (p < to && b[p] == ' ') {
          p++;
        }
      }
    }
    return p;
  }

  /** Where a field that {@code stop} follows ends; in a quoted field {@code \x} is skipped. */
  private static int fieldEnd(byte[] b, int p, int to, byte stop, boolean quoted) {
    if (!quoted) {
      return Bytes.indexOf(b, p, to, stop);
    }
    for (int k = p; k < to; k++) {
      if (b[k] == '\\') {
        k++;
      } else if (b[k] == stop) {
        return k;
      }
    }
    return -1;
  }

  /** Whether {@code b[from, to)} is an authority alone, {@code host:port}, as CONNECT requests are. */
  private static boolean authority(byte[] b, int from, int to) {
    int colon = -1;
    for (int k = from; k < to; k++) {
      if (b[k] == '/') {
        return false;
      }
      if (b[k] == ':') {
        colon = k;
      }
    }
    if (colon < 0 || colon + 1 == to) {
      return false;
    }
    for (int k = colon + 1; k < to; k++) {
      if (!Bytes.isDigit(b[k])) {
        return false;
      }
    }
    return true;
  }
}
