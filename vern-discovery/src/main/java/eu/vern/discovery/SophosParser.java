package eu.vern.discovery;

import java.util.List;

/**
 * Sophos Firewall's web filter log as SFOS writes it to syslog: one entry a line of {@code
 * key=value} fields ({@code date=2026-11-24 time=09:00:00 timezone="CET" device_name="…"
 * log_id=050901616001 log_type="Content Filtering" log_component="HTTP" … src_ip=10.0.0.1 …
 * url="…" … domain=www.example.com}). Entries of {@code log_type="Content Filtering"} count: the
 * client is {@code src_ip}, the host {@code domain} (else the host of {@code url}); the time is
 * {@code date} and {@code time} read in the configured zone, because {@code timezone} holds an
 * abbreviation ({@code CET}, {@code SAST}) that does not name one offset. Other log types (firewall,
 * application filter, events) are ignored. Samples leave out user names, groups and MAC addresses.
 */
final class SophosParser implements LineParser {

  private static final int LOG_TYPE = 0;
  private static final int SRC_IP = 1;
  private static final int DOMAIN = 2;
  private static final int URL = 3;
  private static final int DATE = 4;
  private static final int TIME = 5;
  private static final int LOG_ID = 6;

  private static final byte[] CONTENT_FILTERING = KeyValueFields.value("Content Filtering");

  private static final List<String> PERSONAL = List.of("user_name", "user_gp", "user_group",
      "src_mac", "dst_mac", "client_host_name", "client_physical_address", "src_host_name");

  private final Times times;
  private final KeyValueFields fields = new KeyValueFields("log_type", "src_ip", "domain", "url",
      "date", "time", "log_id");

  SophosParser(Times times) {
    this.times = times;
  }

  @Override
  public int parse(byte[] b, int from, int to, Event e) {
    fields.scan(b, from, to);
    int[] s = fields.starts;
    int[] n = fields.ends;
    if (s[LOG_TYPE] < 0 || s[LOG_ID] < 0) {
      return LineParser.malformed(e, "a Sophos Firewall log line holds log_id= and log_type= fields");
    }
    if (!fields.is(b, LOG_TYPE, CONTENT_FILTERING)) {
      return IGNORED;
    }
    if (!fields.has(b, SRC_IP)) {
      return LineParser.malformed(e, "a Sophos web filter entry needs src_ip=");
    }
    int hs;
    int he;
    if (fields.has(b, DOMAIN)) {
      hs = s[DOMAIN];
      he = n[DOMAIN];
    } else if (fields.has(b, URL)) {
      long host = Hosts.of(b, s[URL], n[URL]);
      hs = Hosts.start(host);
      he = Hosts.end(host);
    } else {
      hs = 0;
      he = 0;
    }
    if (he == hs) {
      return LineParser.malformed(e, "a Sophos web filter entry needs domain= or url=");
    }
    if (s[DATE] < 0 || s[TIME] < 0 || n[DATE] - s[DATE] != 10 || n[TIME] - s[TIME] != 8) {
      return LineParser.malformed(e, "a Sophos entry needs date=yyyy-mm-dd and time=hh:mm:ss");
    }
    long t = times.dateAndTime(b, s[DATE], s[TIME], -1, -1);
    if (t == Times.BAD) {
      return LineParser.malformed(e, "a Sophos entry needs date=yyyy-mm-dd and time=hh:mm:ss");
    }
    e.time = t;
    e.client(b, s[SRC_IP], n[SRC_IP]);
    e.name(b, hs, he);
    e.answers = 0;
    return QUERY;
  }

  @Override
  public String sample(byte[] b, int from, int to) {
    return KeyValueFields.sample(b, from, to, PERSONAL);
  }
}
