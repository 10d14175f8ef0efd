package eu.vern.bench;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One query of a generated BIND query log, as the converters to other log formats need it: its
 * time (UTC), client address and name, and the query packet a client sent for it.
 */
record BindQuery(LocalDateTime time, String client, String name) {

  private static final DateTimeFormatter BIND =
      DateTimeFormatter.ofPattern("dd-MMM-yyyy HH:mm:ss.SSS", Locale.ENGLISH);

  /** The query on {@code line}, or null when the line is not a query. */
  static @Nullable BindQuery parse(String line) {
    int q = line.indexOf(": query: ");
    int c = line.indexOf(' ', line.indexOf(" client ") + 8);
    if (q < 0 || c < 0) {
      return null;
    }
    return new BindQuery(LocalDateTime.parse(line.substring(0, 24), BIND),
        line.substring(c + 1, line.indexOf('#', c)), line.substring(q + 9, line.indexOf(' ', q + 9)));
  }

  /** The DNS query packet (RFC 1035: header with RD set, one question for A/IN). */
  byte[] packet(int xid) {
    byte[] labels = name.getBytes(StandardCharsets.ISO_8859_1);
    byte[] p = new byte[12 + labels.length + 2 + 4];
    p[0] = (byte) (xid >> 8);
    p[1] = (byte) xid;
    p[2] = 0x01; // RD
    p[5] = 1; // one question
    int i = 12;
    int start = 0;
    for (int k = 0; k <= labels.length; k++) {
      if (k == labels.length || labels[k] == '.') {
        p[i++] = (byte) (k - start);
        System.arraycopy(labels, start, p, i, k - start);
        i += k - start;
        start = k + 1;
      }
    }
    p[i++] = 0;
    p[i + 1] = 1; // QTYPE A
    p[i + 3] = 1; // QCLASS IN
    return p;
  }
}
