package eu.vern.enforce;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes a {@link Policy} in an enforcement {@link Format}. Every export starts with a header
 * naming the guideline, the catalog, the audience and the time it was generated; only names that
 * pass the host-name check are written.
 */
public final class Exports {

  private Exports() {}

  /**
   * Writes {@code policy} as {@code format} to {@code out} (which the caller buffers and closes).
   *
   * @throws IllegalArgumentException when the format takes one audience per file and the policy
   *     holds several
   */
  public static void write(Format format, Policy policy, ExportOptions options, Writer out)
      throws IOException {
    if (format.scope() != Format.Scope.CLIENTS_TOLD_APART && policy.audiences().size() != 1) {
      throw new IllegalArgumentException(format.code() + " holds one audience per file"
          + (format.scope() == Format.Scope.DEVICE_GROUPS ? " (one file per device group)" : "")
          + "; this policy has " + policy.audiences().size());
    }
    ChunkedWriter chunked = new ChunkedWriter(out);
    Policy enforced = options.blockPublicResolvers() ? policy.withPublicResolversBlocked(options.dohHost()) : policy;
    write(format, enforced, options, chunked);
    chunked.flush();
  }

  private static void write(Format format, Policy policy, ExportOptions options, ChunkedWriter out)
      throws IOException {
    switch (format) {
      case RPZ -> DnsExports.rpz(policy, options, out);
      case UNBOUND -> DnsExports.unbound(policy, options, out);
      case BIND -> DnsExports.bind(policy, options, out);
      case DNSMASQ -> DnsExports.dnsmasq(policy, options, out);
      case HOSTS -> DnsExports.hosts(policy, options, out);
      case ADBLOCK -> ProxyExports.adblock(DnsCanaries.added(policy, options), out);
      case SQUID -> ProxyExports.squid(policy, out);
      case SQUID_ACL -> ProxyExports.squidAcl(policy, out);
      case PAC -> ProxyExports.pac(policy, options, out);
      case CHROME -> BrowserExports.chrome(policy, options, out);
      case FIREFOX -> BrowserExports.firefox(policy, options, out);
      case MOBILECONFIG -> BrowserExports.mobileconfig(policy, out);
      case APPLE_APPS -> AppExports.apple(policy, options, out);
      case ANDROID_APPS -> AppExports.android(policy, out);
      case INTUNE_IOS, INTUNE_ANDROID -> AppExports.intune(policy, format, out);
      case APPLOCKER -> AppExports.applocker(policy, out);
      case JSON -> VerdictsJson.write(policy, out);
    }
  }
}
