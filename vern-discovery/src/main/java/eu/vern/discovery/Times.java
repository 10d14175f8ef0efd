package eu.vern.discovery;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Timestamp parsing for the log layouts, from bytes, returning epoch milliseconds or {@link #BAD}.
 * Local times are read in the configured zone; the offset of each day's midnight is used for the
 * whole day (a line in the hour a clock changes may be off by that hour). Syslog timestamps have
 * no year: it is the reference year, or the year before when the date would lie more than a day
 * after the reference instant. One instance per worker: it caches the last day it computed.
 */
final class Times {

  static final long BAD = Long.MIN_VALUE;

  /** Epoch values from here on are milliseconds, not seconds: see {@link #epoch}. */
  private static final long MILLIS_FROM = 100_000_000_000L;
  private static final long DAY = 86_400_000L;

  private final ZoneId zone;
  private final boolean slashDatesDayFirst;

  /**
   * What the last {@link #windows} date said about the order of a slash date with the year last:
   * {@link #NOT_SLASHED}, {@link #ORDER_UNKNOWN} (day and month both 12 or less) or {@link
   * #ORDER_SHOWN}.
   */
  int slashOrder;

  static final int NOT_SLASHED = 0;
  static final int ORDER_UNKNOWN = 1;
  static final int ORDER_SHOWN = 2;
  private final long reference;
  private final int referenceYear;
  private int cachedYear = -1;
  private int cachedMonth = -1;
  private int cachedDay = -1;
  private long cachedMidnight;
  private final int[] end = new int[1];
  // The last BIND date and second read ("24-Nov-2026 10:15:32", 20 bytes as two longs and an
  // int) and its epoch millis: a busy server writes many lines within one second.
  private long lastDate;
  private long lastTime;
  private int lastSeconds;
  private long lastMillis = BAD;

  private static final java.lang.invoke.VarHandle LONGS =
      java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class,
          java.nio.ByteOrder.LITTLE_ENDIAN);
  private static final java.lang.invoke.VarHandle INTS =
      java.lang.invoke.MethodHandles.byteArrayViewVarHandle(int[].class,
          java.nio.ByteOrder.LITTLE_ENDIAN);

  /**
   * @param slashDatesDayFirst read Windows DNS dates written with slashes and the year last
   *     ({@code 05/12/2026}) day first, as British English servers write them, not month first (US)
   */
  Times(ZoneId zone, long referenceMillis, boolean slashDatesDayFirst) {
    this.slashDatesDayFirst = slashDatesDayFirst;
    this.zone = zone;
    this.reference = referenceMillis;
    this.referenceYear =
        LocalDate.ofInstant(java.time.Instant.ofEpochMilli(referenceMillis), zone).getYear();
  }

  /** Epoch millis of local midnight of the date, or BAD when the date does not exist. */
  long midnight(int year, int month, int day) {
    if (year == cachedYear && month == cachedMonth && day == cachedDay) {
      return cachedMidnight;
    }
    if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1970 || year > 9999) {
      return BAD;
    }
    long millis;
    try {
      LocalDate date = LocalDate.of(year, month, day);
      millis = zone instanceof ZoneOffset offset
          ? (date.toEpochDay() * 86_400L - offset.getTotalSeconds()) * 1000L
          : date.atStartOfDay(zone).toInstant().toEpochMilli();
    } catch (java.time.DateTimeException e) {
      return BAD;
    }
    cachedYear = year;
    cachedMonth = month;
    cachedDay = day;
    cachedMidnight = millis;
    return millis;
  }

  /** {@code hh:mm:ss} at {@code i}, as millis since midnight, or -1. */
  static long clock(byte[] b, int i, int to) {
    if (i + 8 > to || b[i + 2] != ':' || b[i + 5] != ':') {
      return -1;
    }
    long h = Bytes.digits(b, i, i + 2);
    long m = Bytes.digits(b, i + 3, i + 5);
    long s = Bytes.digits(b, i + 6, i + 8);
    if (h < 0 || h > 23 || m < 0 || m > 59 || s < 0 || s > 60) {
      return -1;
    }
    return ((h * 60 + m) * 60 + s) * 1000;
  }

  /** Fractional seconds {@code .ddd...} at {@code i} as millis, and where they end (in {@code end[0]}). */
  static long fraction(byte[] b, int i, int to, int[] end) {
    if (i >= to || b[i] != '.') {
      end[0] = i;
      return 0;
    }
    long ms = 0;
    int k = i + 1;
    int n = 0;
    while (k < to && Bytes.isDigit(b[k])) {
      if (n < 3) {
        ms = ms * 10 + (b[k] - '0');
      }
      n++;
      k++;
    }
    for (; n < 3; n++) {
      ms *= 10;
    }
    end[0] = k;
    return ms;
  }

  /** A three-letter English month name at {@code i} (any case), 1-12, or -1. */
  static int month(byte[] b, int i, int to) {
    if (i + 3 > to) {
      return -1;
    }
    int key = (b[i] | 0x20) << 16 | (b[i + 1] | 0x20) << 8 | (b[i + 2] | 0x20);
    return switch (key) {
      case 'j' << 16 | 'a' << 8 | 'n' -> 1;
      case 'f' << 16 | 'e' << 8 | 'b' -> 2;
      case 'm' << 16 | 'a' << 8 | 'r' -> 3;
      case 'a' << 16 | 'p' << 8 | 'r' -> 4;
      case 'm' << 16 | 'a' << 8 | 'y' -> 5;
      case 'j' << 16 | 'u' << 8 | 'n' -> 6;
      case 'j' << 16 | 'u' << 8 | 'l' -> 7;
      case 'a' << 16 | 'u' << 8 | 'g' -> 8;
      case 's' << 16 | 'e' << 8 | 'p' -> 9;
      case 'o' << 16 | 'c' << 8 | 't' -> 10;
      case 'n' << 16 | 'o' << 8 | 'v' -> 11;
      case 'd' << 16 | 'e' << 8 | 'c' -> 12;
      default -> -1;
    };
  }

  /**
   * A syslog timestamp at {@code i}: the traditional {@code Mmm dd hh:mm:ss} (day space-padded),
   * or RFC 3339 {@code yyyy-mm-ddThh:mm:ss[.ffffff](Z|±hh:mm|±hhmm)} as rsyslog's high-precision
   * file format and {@code journalctl -o short-iso} write it. Sets {@code end[0]} to the first
   * byte after it.
   */
  long syslog(byte[] b, int i, int to, int[] end) {
    if (i + 19 <= to && b[i + 4] == '-' && b[i + 10] == 'T' && Bytes.isDigit(b[i])) {
      int stampEnd = Bytes.tokenEnd(b, i, to);
      end[0] = stampEnd;
      return iso(b, i, stampEnd);
    }
    end[0] = i + 15;
    if (i + 15 > to || b[i + 3] != ' ' || b[i + 6] != ' ') {
      return BAD;
    }
    int month = month(b, i, to);
    int day = b[i + 4] == ' '
        ? (int) Bytes.digits(b, i + 5, i + 6)
        : (int) Bytes.digits(b, i + 4, i + 6);
    long time = clock(b, i + 7, to);
    if (month < 0 || day < 0 || time < 0) {
      return BAD;
    }
    long midnight = midnight(referenceYear, month, day);
    if (midnight == BAD) {
      return BAD;
    }
    if (midnight - DAY > reference) {
      midnight = midnight(referenceYear - 1, month, day);
      if (midnight == BAD) {
        return BAD;
      }
    }
    return midnight + time;
  }

  /** BIND's {@code dd-Mmm-yyyy hh:mm:ss.mmm} at {@code i}; sets {@code end[0]}. */
  long bind(byte[] b, int i, int to, int[] end) {
    if (i + 20 > to) {
      return BAD;
    }
    long date = (long) LONGS.get(b, i);
    long time = (long) LONGS.get(b, i + 8);
    int seconds = (int) INTS.get(b, i + 16);
    if (lastMillis != BAD && date == lastDate && time == lastTime && seconds == lastSeconds) {
      return lastMillis + fraction(b, i + 20, to, end);
    }
    if (b[i + 2] != '-' || b[i + 6] != '-' || b[i + 11] != ' ') {
      return BAD;
    }
    int day = (int) Bytes.digits(b, i, i + 2);
    int month = month(b, i + 3, to);
    int year = (int) Bytes.digits(b, i + 7, i + 11);
    long clock = clock(b, i + 12, to);
    if (day < 0 || month < 0 || year < 0 || clock < 0) {
      return BAD;
    }
    long midnight = midnight(year, month, day);
    if (midnight == BAD) {
      return BAD;
    }
    lastDate = date;
    lastTime = time;
    lastSeconds = seconds;
    lastMillis = midnight + clock;
    return lastMillis + fraction(b, i + 20, to, end);
  }

  /**
   * Seconds since the epoch with an optional fraction, e.g. {@code 1764000000.123456}; or whole
   * milliseconds, e.g. {@code 1764000000123} (Zeek's {@code JSON::TS_MILLIS}), told apart by size:
   * 10^11 seconds is the year 5138, 10^11 milliseconds March 1973.
   */
  long epoch(byte[] b, int from, int to) {
    int dot = Bytes.indexOf(b, from, to, '.');
    int intEnd = dot < 0 ? to : dot;
    long seconds = Bytes.digits(b, from, intEnd);
    if (seconds < 0) {
      return BAD;
    }
    if (dot < 0 && seconds >= MILLIS_FROM) {
      return seconds;
    }
    long ms = 0;
    if (dot >= 0) {
      ms = fraction(b, dot, to, end);
      if (end[0] != to) {
        return BAD;
      }
    }
    return seconds * 1000 + ms;
  }

  /**
   * ISO 8601 {@code yyyy-mm-dd[T ]hh:mm:ss[.fff][Z|±hh:mm]}, the date also with slashes
   * ({@code 2026/11/24}, as firewalls write and export it); without a zone the configured one
   * applies. A bare number is read as epoch seconds.
   */
  long iso(byte[] b, int from, int to) {
    return iso(b, from, to, false);
  }

  /** As {@link #iso(byte[], int, int)}, but a time without a zone is UTC, whatever the configured one. */
  long isoUtc(byte[] b, int from, int to) {
    return iso(b, from, to, true);
  }

  private long iso(byte[] b, int from, int to, boolean utc) {
    if (to - from < 19 || !isDateSeparator(b[from + 4]) || b[from + 7] != b[from + 4]
        || (b[from + 10] != 'T' && b[from + 10] != ' ')) {
      return to > from && Bytes.isDigit(b[from]) ? epoch(b, from, to) : BAD;
    }
    int year = (int) Bytes.digits(b, from, from + 4);
    int month = (int) Bytes.digits(b, from + 5, from + 7);
    int day = (int) Bytes.digits(b, from + 8, from + 10);
    long time = clock(b, from + 11, to);
    if (year < 0 || month < 0 || day < 0 || time < 0) {
      return BAD;
    }
    long ms = fraction(b, from + 19, to, end);
    int i = end[0];
    if (i == to && !utc) {
      long midnight = midnight(year, month, day);
      return midnight == BAD ? BAD : midnight + time + ms;
    }
    return instant(year, month, day, time + ms, i == to ? 0 : offsetSeconds(b, i, to));
  }

  private static boolean isDateSeparator(byte c) {
    return c == '-' || c == '/';
  }

  /**
   * A date {@code yyyy-mm-dd} at {@code date} and a time {@code hh:mm:ss} at {@code time}, written
   * in fields of their own (FortiGate's and Sophos's {@code date=… time=…}), with the offset
   * {@code ±hhmm} at {@code b[zoneFrom, zoneTo)}, or in the configured zone when {@code zoneFrom}
   * is -1; epoch millis or BAD.
   */
  long dateAndTime(byte[] b, int date, int time, int zoneFrom, int zoneTo) {
    if (date < 0 || time < 0 || date + 10 > b.length || !isDateSeparator(b[date + 4])
        || b[date + 7] != b[date + 4]) {
      return BAD;
    }
    int year = (int) Bytes.digits(b, date, date + 4);
    int month = (int) Bytes.digits(b, date + 5, date + 7);
    int day = (int) Bytes.digits(b, date + 8, date + 10);
    long clock = clock(b, time, Math.min(b.length, time + 8));
    if (year < 0 || month < 0 || day < 0 || clock < 0) {
      return BAD;
    }
    if (zoneFrom < 0) {
      long midnight = midnight(year, month, day);
      return midnight == BAD ? BAD : midnight + clock;
    }
    return instant(year, month, day, clock, offsetSeconds(b, zoneFrom, zoneTo));
  }

  /**
   * The offset from UTC filling {@code b[i, to)}: {@code Z}, {@code ±hh:mm}, or {@code ±hhmm} as
   * journalctl and Apache's log time write it; in seconds, or BAD.
   */
  static long offsetSeconds(byte[] b, int i, int to) {
    if (i + 1 == to && b[i] == 'Z') {
      return 0;
    }
    if (i >= to || (b[i] != '+' && b[i] != '-') || !(i + 6 == to && b[i + 3] == ':' || i + 5 == to)) {
      return BAD;
    }
    int minutes = i + 6 == to ? i + 4 : i + 3;
    long oh = Bytes.digits(b, i + 1, i + 3);
    long om = Bytes.digits(b, minutes, minutes + 2);
    if (oh < 0 || oh > 23 || om < 0 || om > 59) {
      return BAD;
    }
    return (b[i] == '-' ? -1 : 1) * (oh * 3600 + om * 60);
  }

  /** Epoch millis of a date and time of day written at a known offset from UTC, or BAD. */
  static long instant(int year, int month, int day, long millisOfDay, long offsetSeconds) {
    if (offsetSeconds == BAD) {
      return BAD;
    }
    try {
      long epochDay = LocalDate.of(year, month, day).toEpochDay();
      return (epochDay * 86_400L - offsetSeconds) * 1000L + millisOfDay;
    } catch (java.time.DateTimeException e) {
      return BAD;
    }
  }

  /**
   * The time of the Apache common log format, as Squid's {@code common} and {@code combined}
   * formats write it between brackets: {@code dd/Mmm/yyyy:hh:mm:ss ±hhmm}, its own offset.
   */
  long httpd(byte[] b, int from, int to) {
    if (to - from != 26 || b[from + 2] != '/' || b[from + 6] != '/' || b[from + 11] != ':'
        || b[from + 20] != ' ') {
      return BAD;
    }
    long day = Bytes.digits(b, from, from + 2);
    int month = month(b, from + 3, to);
    long year = Bytes.digits(b, from + 7, from + 11);
    long time = clock(b, from + 12, to);
    if (day < 1 || day > 31 || month < 0 || year < 1970 || year > 9999 || time < 0) {
      return BAD;
    }
    return instant((int) year, month, (int) day, time, offsetSeconds(b, from + 21, to));
  }

  /**
   * The Windows DNS debug log's date and time, written in the server's regional format: {@code
   * M/D/YYYY h:mm:ss AM|PM} (US English), {@code YYYY-MM-DD hh:mm:ss} (Swedish, ISO), {@code
   * DD.MM.YYYY hh:mm:ss} (Norwegian, German; Finnish also {@code D.M.YYYY h.mm.ss}) or {@code
   * DD-MM-YYYY hh:mm:ss} (Danish, Dutch); a year first is always year, month, day. Slashes with the
   * year last are read month first, as US servers write them, unless this run reads them day first
   * (British English servers): the two cannot be told apart on days up to the 12th. Sets {@code
   * end[0]} to the first byte after the time (and AM/PM).
   */
  long windows(byte[] b, int from, int to, int[] end) {
    int space = Bytes.indexOf(b, from, Math.min(to, from + 11), ' ');
    if (space < 0) {
      return BAD;
    }
    int s1 = from;
    while (s1 < space && b[s1] >= '0' && b[s1] <= '9') {
      s1++;
    }
    if (s1 == space) {
      return BAD;
    }
    byte sep = b[s1];
    if (sep != '/' && sep != '-' && sep != '.') {
      return BAD;
    }
    int s2 = Bytes.indexOf(b, s1 + 1, space, sep);
    if (s2 < 0) {
      return BAD;
    }
    long first = Bytes.digits(b, from, s1);
    long second = Bytes.digits(b, s1 + 1, s2);
    long third = Bytes.digits(b, s2 + 1, space);
    long year;
    long month;
    long day;
    slashOrder = sep == '/' && s1 - from != 4
        ? (first > 12 || second > 12 ? ORDER_SHOWN : ORDER_UNKNOWN) : NOT_SLASHED;
    if (s1 - from == 4) {
      year = first;
      month = second;
      day = third;
    } else if (space - s2 - 1 != 4) {
      return BAD;
    } else if (sep == '/' && !slashDatesDayFirst) {
      month = first;
      day = second;
      year = third;
    } else {
      day = first;
      month = second;
      year = third;
    }
    int t = space + 1;
    int timeEnd = Bytes.tokenEnd(b, t, to);
    int c1 = t;
    while (c1 < timeEnd && b[c1] >= '0' && b[c1] <= '9') {
      c1++;
    }
    // hours, minutes and seconds apart by colons, or by dots (Finnish)
    if (c1 == timeEnd || timeEnd - c1 != 6 || (b[c1] != ':' && b[c1] != '.') || b[c1 + 3] != b[c1]) {
      return BAD;
    }
    long h = Bytes.digits(b, t, c1);
    long m = Bytes.digits(b, c1 + 1, c1 + 3);
    long s = Bytes.digits(b, c1 + 4, c1 + 6);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31
        || h < 0 || m < 0 || s < 0 || m > 59 || s > 60) {
      return BAD;
    }
    int i = timeEnd;
    if (i + 3 <= to && b[i] == ' ' && (b[i + 2] == 'M' || b[i + 2] == 'm')
        && (i + 3 == to || b[i + 3] == ' ')) {
      boolean pm = (b[i + 1] | 0x20) == 'p';
      if (((b[i + 1] | 0x20) != 'a' && !pm) || h < 1 || h > 12) {
        return BAD;
      }
      h = h % 12 + (pm ? 12 : 0);
      i += 3;
    }
    if (h > 23) {
      return BAD;
    }
    long midnight = midnight((int) year, (int) month, (int) day);
    if (midnight == BAD) {
      return BAD;
    }
    end[0] = i;
    return midnight + ((h * 60 + m) * 60 + s) * 1000;
  }
}
