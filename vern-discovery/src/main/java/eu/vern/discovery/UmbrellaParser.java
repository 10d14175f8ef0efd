package eu.vern.discovery;

import java.nio.charset.StandardCharsets;

/**
 * Cisco Umbrella's DNS log, one request a line as the S3 log export writes it (gzip files under
 * {@code dnslogs/}): every field double-quoted and comma-separated, in the order timestamp (UTC,
 * {@code yyyy-mm-dd hh:mm:ss}), most granular identity, identities, internal IP, external IP,
 * action, query type, response code, domain (with its trailing dot), categories, and in later
 * schema versions more fields, which are not read. The optional header line is ignored.
 *
 * <p>The client is the internal IP, the device that asked; where it is empty (a request that
 * reached Umbrella without a virtual appliance or roaming client to report it) the most granular
 * identity stands in, hashed as an address would be. Allowed and blocked requests both count: a
 * blocked one still shows that a service is in use. The identity fields name people (Active
 * Directory users) and devices, so a malformed line's sample leaves them out.
 */
final class UmbrellaParser implements LineParser {

  static final int TIME = 0;
  static final int IDENTITY = 1;
  static final int IDENTITIES = 2;
  static final int INTERNAL_IP = 3;
  static final int DOMAIN = 8;
  private static final int FIELDS = DOMAIN + 1;

  private final Times times;
  private final int[] starts = new int[FIELDS];
  private final int[] ends = new int[FIELDS];

  UmbrellaParser(Times times) {
    this.times = times;
  }

  @Override
  public int parse(byte[] b, int from, int to, Event e) {
    if (b[from] != '"') {
      return LineParser.malformed(e, "an Umbrella DNS log line starts with a quoted timestamp");
    }
    if (CsvFields.split(b, from, to, (byte) ',', starts, ends) < FIELDS) {
      return LineParser.malformed(e, "an Umbrella DNS log line has at least 9 quoted fields"
          + " (timestamp, identity, identities, internal IP, external IP, action, type, code, domain)");
    }
    int ts = starts[TIME];
    int te = ends[TIME];
    if (te - ts >= 9 && (b[ts] | 0x20) == 't' && (b[ts + 1] | 0x20) == 'i') {
      return IGNORED; // the optional header: "Timestamp","Most Granular Identity",...
    }
    long t = times.isoUtc(b, ts, te);
    if (t == Times.BAD) {
      return LineParser.malformed(e, "the Umbrella timestamp must be yyyy-mm-dd hh:mm:ss (UTC)");
    }
    int client = ends[INTERNAL_IP] > starts[INTERNAL_IP] ? INTERNAL_IP : IDENTITY;
    if (ends[client] == starts[client]) {
      return LineParser.malformed(e, "an Umbrella DNS log line needs an internal IP or an identity");
    }
    if (ends[DOMAIN] == starts[DOMAIN]) {
      return LineParser.malformed(e, "an Umbrella DNS log line needs a domain");
    }
    e.time = t;
    e.client(b, starts[client], ends[client]);
    e.name(b, starts[DOMAIN], ends[DOMAIN]);
    e.answers = 0;
    return QUERY;
  }

  /** The line with the identity fields replaced by a placeholder, then masked as any line. */
  @Override
  public String sample(byte[] b, int from, int to) {
    int[] s = new int[FIELDS];
    int[] n = new int[FIELDS];
    int found = CsvFields.split(b, from, to, (byte) ',', s, n);
    if (found <= IDENTITY) {
      return Masking.mask(b, from, to);
    }
    StringBuilder kept = new StringBuilder();
    kept.append(new String(b, from, s[IDENTITY] - from, StandardCharsets.UTF_8)).append("<identity>");
    int resume = n[IDENTITY];
    if (found > IDENTITIES) {
      kept.append(new String(b, resume, s[IDENTITIES] - resume, StandardCharsets.UTF_8)).append("<identities>");
      resume = n[IDENTITIES];
    } else {
      resume = to; // the identities may run to the end of a cut line
    }
    kept.append(new String(b, resume, to - resume, StandardCharsets.UTF_8));
    byte[] shown = kept.toString().getBytes(StandardCharsets.UTF_8);
    return Masking.mask(shown, 0, shown.length);
  }
}
