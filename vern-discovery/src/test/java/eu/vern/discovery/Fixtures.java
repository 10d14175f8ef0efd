package eu.vern.discovery;

import eu.vern.catalog.Catalog;
import eu.vern.catalog.CatalogException;
import eu.vern.catalog.CatalogLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The test catalog and the logs under src/test/resources. Every log fixture holds the same 46
 * queries (see docs/discovery.md), written in its format's documented layout.
 */
final class Fixtures {

  /** The client addresses in the fixtures: none may ever appear in an output. */
  static final List<String> CLIENTS = List.of("10.20.1.11", "10.20.1.12", "10.20.1.13",
      "10.20.1.14", "10.20.1.15", "10.20.1.16", "10.30.0.21", "10.30.0.22", "10.30.0.23",
      "10.20.1.40", "2001:db8:30::7");

  /**
   * Names of people and places in the fixtures' identity fields (Umbrella's Active Directory users,
   * Pi-hole's client host names): like the addresses, none may ever appear in an output.
   */
  static final List<String> IDENTITIES = List.of("elev.elva", "elev.tolv", "anna.handlaggare",
      "skola.example", "kommun.example", "elev-11", "handl-21", "skola.lan", "Handlaggare",
      "02:00:0a", "skolans-ipad");

  /** Each format and its fixture. */
  static final Map<LogFormat, String> LOGS = Map.ofEntries(
      Map.entry(LogFormat.BIND, "bind-query.log"),
      Map.entry(LogFormat.UNBOUND, "unbound.log"),
      Map.entry(LogFormat.DNSMASQ, "dnsmasq.log"),
      Map.entry(LogFormat.PIHOLE, "pihole.log"),
      Map.entry(LogFormat.ZEEK, "zeek-dns.log"),
      Map.entry(LogFormat.SQUID, "squid-access.log"),
      Map.entry(LogFormat.WINDOWS_DNS, "windows-dns.log"),
      Map.entry(LogFormat.WINDOWS_DNS_ANALYTIC, "windows-dns-analytic.json"),
      Map.entry(LogFormat.FORTIGATE, "fortigate-dns.log"),
      Map.entry(LogFormat.PANOS, "panos-url.log"),
      Map.entry(LogFormat.SOPHOS, "sophos-webfilter.log"),
      Map.entry(LogFormat.ADGUARD_HOME, "adguard-home.json"),
      Map.entry(LogFormat.UMBRELLA, "umbrella-dns.csv"),
      Map.entry(LogFormat.CSV, "queries.csv"),
      Map.entry(LogFormat.DNSTAP, "queries.dnstap"),
      Map.entry(LogFormat.PIHOLE_DB, "pihole-FTL.db"));

  static final String ZEEK_JSON = "zeek-dns.json";

  /**
   * The 46 shared queries in a format's second notation: Zeek's JSON lines, and Windows DNS
   * analytic events as the XML Windows renders (the JSON fixture holds the same events as NXLog's
   * im_etw writes them, with the responses and recursion events the server logs beside each query).
   */
  static final Map<String, LogFormat> OTHER_NOTATIONS = Map.of(
      ZEEK_JSON, LogFormat.ZEEK,
      "windows-dns-analytic.xml", LogFormat.WINDOWS_DNS_ANALYTIC,
      "fortigate-webfilter.log", LogFormat.FORTIGATE);

  /**
   * Logs beyond the 46 shared queries: Zeek answers with CNAMEs into catalog services (TSV and
   * JSON; see CnameLeaksTest), Unbound reply lines with {@code log-destaddr: yes}, and dnsmasq's
   * CNAME reply chains with and without {@code log-queries=extra}.
   */
  static final List<String> MORE_LOGS = List.of("zeek-dns-cname.log", "zeek-dns-cname.json",
      "unbound-replies-destaddr.log", "pihole-cname.log", "dnsmasq-cname.log");

  /** After the fixtures' day, so syslog dates (no year) fall in 2026. */
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC);

  private Fixtures() {}

  static Path resource(String name) {
    try {
      return Path.of(Fixtures.class.getResource("/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A log fixture; a {@code .db} one is an SQLite database built (once per test run) from the SQL
   * script of the same name plus {@code .sql}, so that the committed fixture is text to review.
   */
  static Path log(String name) {
    if (name.endsWith(".db")) {
      return DATABASES.computeIfAbsent(name, n -> PiholeDatabases.build(resource("logs/" + n + ".sql")));
    }
    return resource("logs/" + name);
  }

  private static final Map<String, Path> DATABASES = new java.util.concurrent.ConcurrentHashMap<>();

  static Catalog catalog() {
    try {
      return CatalogLoader.load(resource("catalog"), List.of());
    } catch (CatalogException e) {
      throw new IllegalStateException(e);
    }
  }

  static Discovery.Builder discovery() {
    return Discovery.builder(catalog())
        .clock(CLOCK)
        .clientKey(ClientKey.fromSecret("fixture key, not secret".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }

  /**
   * The fixtures' subnets: 10.20.0.0/16 are pupils (named {@code pupils}), 10.30.0.0/16 and
   * 2001:db8:30::/48 staff.
   */
  static Audiences pupilsAndStaff(String pupils) {
    Map<String, String> subnets = new java.util.LinkedHashMap<>();
    subnets.put("10.20.0.0/16", pupils);
    subnets.put("10.30.0.0/16", "staff");
    subnets.put("2001:db8:30::/48", "staff");
    return Audiences.of(subnets);
  }

  static DiscoveryReport run(Discovery.Builder builder, Path... logs) {
    try {
      return builder.build().run(Arrays.stream(logs).map(LogSource::of).toList());
    } catch (LogFormatException e) {
      throw new AssertionError(e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static DiscoveryReport run(LogFormat format, String log) {
    return run(discovery().format(format), log(log));
  }
}
