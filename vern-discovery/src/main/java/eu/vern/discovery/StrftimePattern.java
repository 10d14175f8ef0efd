package eu.vern.discovery;

import java.util.ArrayList;
import java.util.List;

/**
 * A strftime pattern, as Squid's {@code %{...}tl} and {@code %{...}tg} take it, turned around to
 * read the times it writes. The conversions a log time is written with are understood: {@code %Y
 * %y %m %d %e %H %I %M %S %p %b %h %a %A %z %Z %F %T %s %%}; others are refused when compiled.
 * Without {@code %z} a {@code tl} time is in the run's zone and a {@code tg} time in UTC ({@code
 * %Z}'s zone name is read past, not interpreted).
 */
final class StrftimePattern {

  /** One step: a conversion letter, or (as {@code 0}) literal text. */
  private record Step(char conversion, byte[] literal) {}

  private final List<Step> steps;
  private final boolean gmt;

  private StrftimePattern(List<Step> steps, boolean gmt) {
    this.steps = List.copyOf(steps);
    this.gmt = gmt;
  }

  /** The pattern; {@code gmt} when its times are in UTC unless they carry an offset. */
  static StrftimePattern compile(String pattern, boolean gmt) {
    List<Step> steps = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c != '%') {
        literal.append(c);
        continue;
      }
      if (i + 1 == pattern.length()) {
        throw new IllegalArgumentException("the time pattern '" + pattern + "' ends in a lone '%'");
      }
      char conversion = pattern.charAt(++i);
      String expanded = switch (conversion) {
        case 'F' -> "%Y-%m-%d";
        case 'T' -> "%H:%M:%S";
        default -> null;
      };
      if (expanded != null) {
        StrftimePattern inner = compile(expanded, gmt);
        flush(literal, steps);
        steps.addAll(inner.steps);
        continue;
      }
      if (conversion == '%') {
        literal.append('%');
        continue;
      }
      if ("YymdeHIMSpbhaAzZs".indexOf(conversion) < 0) {
        throw new IllegalArgumentException("the time pattern '" + pattern + "' uses %" + conversion
            + ", which Vern does not read (it reads %Y %y %m %d %e %H %I %M %S %p %b %h %a %A %z %Z %F %T %s)");
      }
      flush(literal, steps);
      steps.add(new Step(conversion, new byte[0]));
    }
    flush(literal, steps);
    boolean hasDate = steps.stream().anyMatch(s -> s.conversion() == 's')
        || steps.stream().anyMatch(s -> s.conversion() == 'd' || s.conversion() == 'e')
            && steps.stream().anyMatch(s -> "mbh".indexOf(s.conversion()) >= 0)
            && steps.stream().anyMatch(s -> s.conversion() == 'Y' || s.conversion() == 'y');
    if (!hasDate) {
      throw new IllegalArgumentException("the time pattern '" + pattern
          + "' does not give a whole date (it needs a year, a month and a day, or %s)");
    }
    return new StrftimePattern(steps, gmt);
  }

  private static void flush(StringBuilder literal, List<Step> steps) {
    if (literal.length() > 0) {
      steps.add(new Step('\0', literal.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
      literal.setLength(0);
    }
  }

  /**
   * The time written at {@code b[from...]} in epoch millis, or {@link Times#BAD}; {@code end[0]}
   * is set to the first byte after it.
   */
  long parse(byte[] b, int from, int to, Times times, int[] end) {
    int year = -1;
    int month = -1;
    int day = -1;
    long hour = 0;
    long minute = 0;
    long second = 0;
    int pm = -1;
    long offset = Times.BAD;
    long epochSeconds = -1;
    int p = from;
    for (Step s : steps) {
      if (s.conversion() == '\0') {
        for (byte c : s.literal()) {
          if (p >= to || b[p] != c) {
            return Times.BAD;
          }
          p++;
          if (c == ' ') {
            while (p < to && b[p] == ' ') {
              p++;
            }
          }
        }
        continue;
      }
      switch (s.conversion()) {
        case 'Y' -> {
          year = (int) Bytes.digits(b, p, Math.min(to, p + 4));
          p += 4;
        }
        case 'y' -> {
          long y = Bytes.digits(b, p, Math.min(to, p + 2));
          year = y < 0 ? -1 : 2000 + (int) y;
          p += 2;
        }
        case 'm' -> {
          month = (int) Bytes.digits(b, p, Math.min(to, p + 2));
          p += 2;
        }
        case 'd', 'e' -> {
          if (p < to && b[p] == ' ') {
            p++;
          }
          int q = digitsEnd(b, p, to, 2);
          day = (int) Bytes.digits(b, p, q);
          p = q;
        }
        case 'H', 'I' -> {
          int q = digitsEnd(b, p, to, 2);
          hour = Bytes.digits(b, p, q);
          p = q;
        }
        case 'M' -> {
          minute = Bytes.digits(b, p, Math.min(to, p + 2));
          p += 2;
        }
        case 'S' -> {
          second = Bytes.digits(b, p, Math.min(to, p + 2));
          p += 2;
        }
        case 'p' -> {
          if (p + 2 > to || (b[p + 1] | 0x20) != 'm') {
            return Times.BAD;
          }
          pm = (b[p] | 0x20) == 'p' ? 1 : (b[p] | 0x20) == 'a' ? 0 : -2;
          p += 2;
        }
        case 'b', 'h' -> {
          month = Times.month(b, p, to);
          p += 3;
        }
        case 'a', 'A', 'Z' -> {
          while (p < to && Character.isLetter(b[p])) {
            p++;
          }
        }
        case 'z' -> {
          int q = p;
          while (q < to && (b[q] == '+' || b[q] == '-' || b[q] == ':' || Bytes.isDigit(b[q]) || b[q] == 'Z')) {
            q++;
          }
          offset = Times.offsetSeconds(b, p, q);
          if (offset == Times.BAD) {
            return Times.BAD;
          }
          p = q;
        }
        case 's' -> {
          int q = digitsEnd(b, p, to, 18);
          epochSeconds = Bytes.digits(b, p, q);
          p = q;
        }
        default -> throw new IllegalStateException("compiled conversion %" + s.conversion());
      }
      if (p > to) {
        return Times.BAD;
      }
    }
    end[0] = p;
    if (epochSeconds >= 0) {
      return epochSeconds * 1000;
    }
    if (pm == -2 || hour < 0 || minute < 0 || second < 0 || minute > 59 || second > 60) {
      return Times.BAD;
    }
    if (pm >= 0) {
      if (hour < 1 || hour > 12) {
        return Times.BAD;
      }
      hour = hour % 12 + (pm == 1 ? 12 : 0);
    }
    if (hour > 23 || year < 1970 || month < 1 || day < 1) {
      return Times.BAD;
    }
    long millisOfDay = ((hour * 60 + minute) * 60 + second) * 1000;
    if (offset == Times.BAD && !gmt) {
      long midnight = times.midnight(year, month, day);
      return midnight == Times.BAD ? Times.BAD : midnight + millisOfDay;
    }
    return Times.instant(year, month, day, millisOfDay, offset == Times.BAD ? 0 : offset);
  }

  private static int digitsEnd(byte[] b, int p, int to, int max) {
    int q = p;
    while (q < to && q - p < max && Bytes.isDigit(b[q])) {
      q++;
    }
    return q;
  }
}
