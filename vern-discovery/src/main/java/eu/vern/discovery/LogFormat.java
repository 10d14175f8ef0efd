package eu.vern.discovery;

import java.util.Locale;
import java.util.Optional;

/** The log layouts discovery reads (docs/discovery.md says where each layout is documented). */
public enum LogFormat {
  /** Detect the format from the first lines of each input. */
  AUTO("auto", "automatically detected"),
  /** BIND 9 query log ({@code querylog yes;} or the {@code queries} category). */
  BIND("bind", "BIND query log"),
  /** Unbound with {@code log-queries} and/or {@code log-replies}. */
  UNBOUND("unbound", "Unbound query log"),
  /** dnsmasq with {@code log-queries}. */
  DNSMASQ("dnsmasq", "dnsmasq query log"),
  /** Pi-hole's {@code pihole.log}: the dnsmasq layout written by pihole-FTL. */
  PIHOLE("pihole", "Pi-hole query log"),
  /** Zeek {@code dns.log}, as TSV with its {@code #fields} header or as JSON lines. */
  ZEEK("zeek", "Zeek dns.log"),
  /** Squid's {@code access.log}: native, or the built-in common and combined formats. */
  SQUID("squid", "Squid access.log"),
  /** The Windows DNS Server debug log ({@code dns.log}) with packet logging. */
  WINDOWS_DNS("windows-dns", "Windows DNS Server debug log"),
  /**
   * Windows DNS Server analytic events (QUERY_RECEIVED, 256), one per line as JSON (NXLog, Elastic)
   * or as the XML Windows renders for an event.
   */
  WINDOWS_DNS_ANALYTIC("windows-dns-analytic", "Windows DNS Server analytic event log"),
  /**
   * FortiGate's logs ({@code key=value} lines): DNS filter queries or responses, else web filter
   * entries, whichever the file holds.
   */
  FORTIGATE("fortigate", "FortiGate log"),
  /** AdGuard Home's {@code querylog.json}: one JSON object a line. */
  ADGUARD_HOME("adguard-home", "AdGuard Home query log"),
  /** Sophos Firewall's web filter ({@code log_type="Content Filtering"}) entries, {@code key=value}. */
  SOPHOS("sophos", "Sophos Firewall web filter log"),
  /** Palo Alto Networks firewalls' URL Filtering log (PAN-OS syslog, comma-separated). */
  PANOS("panos", "PAN-OS URL Filtering log"),
  /**
   * Cisco Umbrella's DNS logs as its S3 export writes them: quoted CSV, timestamp (UTC), identities,
   * internal and external IP, action, query type, response code, domain, and more.
   */
  UMBRELLA("umbrella", "Cisco Umbrella DNS log"),
  /** Plain CSV: {@code timestamp,client,name}, with or without that header. */
  CSV("csv", "CSV log (timestamp,client,name)"),
  /** dnstap in a Frame Streams file, as BIND, Unbound, Knot and others write it. */
  DNSTAP("dnstap", "dnstap file (Frame Streams)"),
  /**
   * Pi-hole's long-term query database ({@code pihole-FTL.db}, SQLite): its {@code queries}, one
   * row a line.
   */
  PIHOLE_DB("pihole-db", "Pi-hole long-term query database");

  private final String code;
  private final String description;

  LogFormat(String code, String description) {
    this.code = code;
    this.description = description;
  }

  /** The name used on the command line and in reports, e.g. {@code windows-dns}. */
  public String code() {
    return code;
  }

  /** A phrase for messages, e.g. "BIND query log". */
  public String description() {
    return description;
  }

  /** Every code, comma-separated in declaration order: for messages that list the choices. */
  public static String codes() {
    StringBuilder all = new StringBuilder();
    for (LogFormat f : values()) {
      all.append(all.isEmpty() ? "" : ", ").append(f.code);
    }
    return all.toString();
  }

  /** The format with this code, ignoring case. */
  public static Optional<LogFormat> ofCode(String code) {
    String c = code.toLowerCase(Locale.ROOT);
    for (LogFormat f : values()) {
      if (f.code.equals(c)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
