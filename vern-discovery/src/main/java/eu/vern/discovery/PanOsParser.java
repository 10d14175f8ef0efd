package eu.vern.discovery;

import java.nio.charset.StandardCharsets;

/**
 * Palo Alto Networks firewalls' URL Filtering log as PAN-OS sends it to syslog: one entry a line of
 * comma-separated fields in a fixed order (after the syslog header, if any), of which Vern reads the
 * type (4th, {@code THREAT}), the content type (5th, {@code url}), the generated time (7th,
 * {@code yyyy/mm/dd hh:mm:ss} in the firewall's zone, read in {@code --zone}; the receive time, 2nd,
 * where it is empty), the source address (8th) and the URL/Filename (32nd: the host and path, no
 * scheme). Every other entry of the same stream (traffic, system, other threat types) is ignored.
 * The order is the same in PAN-OS 8.1 to 11; later fields vary and are not read.
 *
 * <p>Entries name users (13th and 14th fields) and, in later versions, devices and MAC addresses
 * (from the 40th on), so a malformed line's sample keeps only what comes before the 13th field.
 */
final class PanOsParser implements LineParser {

  private static final int RECEIVE_TIME = 1;
  private static final int TYPE = 3;
  private static final int SUBTYPE = 4;
  private static final int GENERATED_TIME = 6;
  private static final int SOURCE = 7;
  private static final int SOURCE_USER = 12;
  private static final int URL = 31;
  private static final int FIELDS = URL + 1;
  private static final byte[] THREAT = "THREAT".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] URL_TYPE = "url".getBytes(StandardCharsets.US_ASCII);

  private final Times times;
  private final int[] starts = new int[FIELDS];
  private final int[] ends = new int[FIELDS];

  PanOsParser(Times times) {
    this.times = times;
  }

  @Override
  public int parse(byte[] b, int from, int to, Event e) {
    int n = CsvFields.split(b, csvStart(b, from, to), to, (byte) ',', starts, ends);
    if (n <= SUBTYPE || ends[TYPE] - starts[TYPE] < 4 || !isUpperWord(b, starts[TYPE], ends[TYPE])) {
      return LineParser.malformed(e, "a PAN-OS log line has its type (THREAT, TRAFFIC, …) as the"
          + " fourth comma-separated field");
    }
    if (!Bytes.equals(b, starts[TYPE], ends[TYPE], THREAT)
        || !Bytes.equals(b, starts[SUBTYPE], ends[SUBTYPE], URL_TYPE)) {
      return IGNORED;
    }
    if (n < FIELDS) {
      return LineParser.malformed(e, "a PAN-OS URL Filtering entry has at least 32 fields (URL/Filename is the 32nd)");
    }
    long t = time(b, GENERATED_TIME);
    if (t == Times.BAD) {
      t = time(b, RECEIVE_TIME);
    }
    if (t == Times.BAD) {
      return LineParser.malformed(e, "a PAN-OS time is yyyy/mm/dd hh:mm:ss (7th or 2nd field)");
    }
    if (ends[SOURCE] == starts[SOURCE]) {
      return LineParser.malformed(e, "a PAN-OS URL Filtering entry needs its source address (8th field)");
    }
    long host = Hosts.of(b, starts[URL], ends[URL]);
    if (Hosts.end(host) == Hosts.start(host)) {
      return LineParser.malformed(e, "a PAN-OS URL Filtering entry needs its URL/Filename (32nd field)");
    }
    e.time = t;
    e.client(b, starts[SOURCE], ends[SOURCE]);
    e.name(b, Hosts.start(host), Hosts.end(host));
    e.answers = 0;
    return QUERY;
  }

  /** The fields before the users, masked; the rest of the line is left out. */
  @Override
  public String sample(byte[] b, int from, int to) {
    int[] s = new int[SOURCE_USER + 1];
    int[] n = new int[SOURCE_USER + 1];
    int start = csvStart(b, from, to);
    int found = CsvFields.split(b, start, to, (byte) ',', s, n);
    if (found <= SOURCE_USER) {
      return Masking.mask(b, from, to);
    }
    String kept = new String(b, from, s[SOURCE_USER] - from, StandardCharsets.UTF_8) + "…";
    byte[] shown = kept.getBytes(StandardCharsets.UTF_8);
    return Masking.mask(shown, 0, shown.length);
  }

  /** Where the comma-separated fields begin: after a syslog header's last word before the first comma. */
  private static int csvStart(byte[] b, int from, int to) {
    int comma = Bytes.indexOf(b, from, to, ',');
    if (comma < 0) {
      return from;
    }
    int i = comma;
    while (i > from && b[i - 1] != ' ') {
      i--;
    }
    return i;
  }

  private long time(byte[] b, int field) {
    return ends[field] - starts[field] == 19 ? times.iso(b, starts[field], ends[field]) : Times.BAD;
  }

  private static boolean isUpperWord(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] < 'A' || b[i] > 'Z') {
        return false;
      }
    }
    return true;
  }
}
