package eu.vern.enforce;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * How exports answer for a blocked name.
 *
 * @param blockAddress an IPv4 or IPv6 address of a block page that DNS formats answer with instead
 *     of NXDOMAIN, or null for NXDOMAIN
 * @param blockProxy {@code host:port} of the proxy a PAC file sends blocked hosts to; the default
 *     {@code 127.0.0.1:9} is a port nothing listens on, so the browser shows a connection error
 * @param zone the name of the response policy zone in RPZ, BIND and Unbound configurations
 * @param zoneDirectory where BIND's configuration expects the zone files
 * @param dnsCanaries whether DNS exports block the names that keep clients on this resolver
 * @param dohTemplate the organisation's own DNS-over-HTTPS endpoint as a URI template
 *     ({@code https://doh.example.org/dns-query{?dns}}), which browser policies make the only one
 *     allowed; null turns DNS over HTTPS off in browsers
 * @param appleWebFilter whether the Apple app profile also carries the web content filter
 * @param blockPublicResolvers whether every export also blocks the catalog's public DNS resolvers
 */
public record ExportOptions(
    @Nullable String blockAddress, String blockProxy, String zone, String zoneDirectory,
    boolean dnsCanaries, @Nullable String dohTemplate, boolean appleWebFilter, boolean blockPublicResolvers) {

  private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
  private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:]*:[0-9a-fA-F:.]*");
  private static final Pattern PROXY = Pattern.compile("([a-z0-9.-]+|\\[[0-9a-fA-F:.]+\\]):([0-9]{1,5})");
  private static final Pattern PATH = Pattern.compile("/[A-Za-z0-9._/-]*");

  public ExportOptions {
    Objects.requireNonNull(blockProxy, "blockProxy");
    if (blockAddress != null && !isIpv4(blockAddress) && !isIpv6(blockAddress)) {
      throw new IllegalArgumentException("block address '" + blockAddress
          + "' is not an IPv4 or IPv6 address, e.g. 192.0.2.10 or 2001:db8::10");
    }
    var proxy = PROXY.matcher(blockProxy);
    if (!proxy.matches() || Integer.parseInt(proxy.group(2)) < 1 || Integer.parseInt(proxy.group(2)) > 65535) {
      throw new IllegalArgumentException(
          "block proxy '" + blockProxy + "' is not HOST:PORT, e.g. blockpage.example.org:3128");
    }
    Names.check(zone);
    if (!PATH.matcher(zoneDirectory).matches()) {
      throw new IllegalArgumentException("zone directory '" + zoneDirectory + "' is not an absolute path");
    }
    if (dohTemplate != null) {
      dohUrl(dohTemplate);
    }
  }

  /** NXDOMAIN for blocked names, PAC to a port nothing listens on, zone {@code rpz.vern}. */
  public static ExportOptions defaults() {
    return new ExportOptions(null, "127.0.0.1:9", "rpz.vern", "/var/lib/bind", true, null, false, false);
  }

  public ExportOptions withBlockAddress(@Nullable String address) {
    return new ExportOptions(address, blockProxy, zone, zoneDirectory, dnsCanaries, dohTemplate,
        appleWebFilter, blockPublicResolvers);
  }

  public ExportOptions withBlockProxy(String proxy) {
    return new ExportOptions(blockAddress, proxy.toLowerCase(Locale.ROOT), zone, zoneDirectory, dnsCanaries,
        dohTemplate, appleWebFilter, blockPublicResolvers);
  }

  /** Where BIND's configuration expects the zone files (default {@code /var/lib/bind}). */
  public ExportOptions withZoneDirectory(String directory) {
    return new ExportOptions(blockAddress, blockProxy, zone, directory, dnsCanaries, dohTemplate, appleWebFilter,
        blockPublicResolvers);
  }

  public ExportOptions withZone(String name) {
    return new ExportOptions(blockAddress, blockProxy, name, zoneDirectory, dnsCanaries, dohTemplate,
        appleWebFilter, blockPublicResolvers);
  }

  /**
   * Whether DNS exports also block the canary names that keep clients on the organisation's
   * resolver (see {@link DnsCanaries}); on by default.
   */
  public ExportOptions withDnsCanaries(boolean on) {
    return new ExportOptions(blockAddress, blockProxy, zone, zoneDirectory, on, dohTemplate, appleWebFilter, blockPublicResolvers);
  }

  /**
   * Browser policies allow DNS over HTTPS only to {@code template}, the organisation's own
   * endpoint, instead of turning it off; null turns it off.
   *
   * @throws IllegalArgumentException when the template is not an https URL with a host
   */
  public ExportOptions withDohTemplate(@Nullable String template) {
    return new ExportOptions(blockAddress, blockProxy, zone, zoneDirectory, dnsCanaries, template, appleWebFilter, blockPublicResolvers);
  }

  /**
   * Whether every export also blocks the public DNS resolvers the catalog lists (kind
   * dns-resolver), except the one serving the organisation's own DNS-over-HTTPS host; off by
   * default.
   */
  public ExportOptions withPublicResolversBlocked(boolean on) {
    return new ExportOptions(blockAddress, blockProxy, zone, zoneDirectory, dnsCanaries, dohTemplate,
        appleWebFilter, on);
  }

  /** The host of the organisation's own DNS-over-HTTPS endpoint, or null. */
  public @Nullable String dohHost() {
    return dohTemplate == null ? null
        : java.net.URI.create(dohUrl(dohTemplate)).getHost().toLowerCase(Locale.ROOT);
  }

  /** Whether the Apple app profile also carries the web content filter of the mobileconfig export. */
  public ExportOptions withAppleWebFilter(boolean on) {
    return new ExportOptions(blockAddress, blockProxy, zone, zoneDirectory, dnsCanaries, dohTemplate, on, blockPublicResolvers);
  }

  /**
   * The URL of a DNS-over-HTTPS template without its {@code {?dns}} variable, as Firefox takes
   * it; checked to be https with a host.
   */
  static String dohUrl(String template) {
    String url = template.replace("{?dns}", "");
    java.net.URI uri;
    try {
      uri = new java.net.URI(url);
    } catch (java.net.URISyntaxException e) {
      throw new IllegalArgumentException("DNS-over-HTTPS template '" + template + "' is not a URL: "
          + e.getReason());
    }
    if (!"https".equals(uri.getScheme()) || uri.getHost() == null || url.contains("{")) {
      throw new IllegalArgumentException("DNS-over-HTTPS template '" + template
          + "' is not an https URL with a host, e.g. https://doh.example.org/dns-query{?dns}");
    }
    Names.check(uri.getHost().toLowerCase(Locale.ROOT));
    return url;
  }

  /**
   * The canary names DNS exports block when {@link #dnsCanaries()} is on: while they do not
   * resolve, Firefox keeps its DNS on the resolver and Apple devices turn off iCloud Private Relay.
   */
  public static List<String> dnsCanaryNames() {
    return DnsCanaries.NAMES;
  }

  static boolean isIpv4(String s) {
    return IPV4.matcher(s).matches();
  }

  static boolean isIpv6(String s) {
    if (!IPV6.matcher(s).matches()) {
      return false;
    }
    try {
      return java.net.InetAddress.getByName(s) instanceof java.net.Inet6Address;
    } catch (java.net.UnknownHostException e) {
      return false;
    }
  }
}
