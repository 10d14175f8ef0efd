package eu.vern.enforce;

import eu.vern.guidelines.Verdict;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * The names whose blocking tells clients to stay on the organisation's resolver instead of walking
 * past it: Firefox turns off its automatic DNS over HTTPS when {@code use-application-dns.net} does
 * not resolve, and Apple devices turn off iCloud Private Relay when {@code mask.icloud.com} and
 * {@code mask-h2.icloud.com} do not. DNS exports block them by default, and say so in the header.
 */
final class DnsCanaries {

  static final List<String> NAMES =
      List.of("use-application-dns.net", "mask.icloud.com", "mask-h2.icloud.com");

  private static final Blocklist.Entry ENTRY = new Blocklist.Entry(
      "dns-bypass-canaries", "Encrypted-DNS and relay canaries", Verdict.BLOCK, NAMES,
      "keeps clients on this resolver (Firefox DNS-over-HTTPS canary, iCloud Private Relay)");

  private DnsCanaries() {}

  /** {@code policy} with the canaries blocked for every audience, when the options ask for it. */
  static Policy added(Policy policy, ExportOptions options) {
    if (!options.dnsCanaries()) {
      return policy;
    }
    List<Blocklist> lists = new ArrayList<>();
    for (Blocklist b : policy.audiences()) {
      List<Blocklist.Entry> blocked = new ArrayList<>(b.blocked().size() + 1);
      blocked.add(ENTRY);
      blocked.addAll(b.blocked());
      lists.add(new Blocklist(b.audience(), blocked, b.allowed(), b.sharingApps()));
    }
    return new Policy(policy.provenance(), lists, policy.publicResolvers());
  }

  /** The header line that explains the canaries, after the export's own header. */
  static void explain(Writer out, String comment, ExportOptions options) throws IOException {
    if (options.dnsCanaries()) {
      out.write(comment + "Also blocked for every audience: " + String.join(", ", NAMES)
          + " - clients that cannot resolve them keep using this resolver (Firefox turns off automatic"
          + " DNS over HTTPS, Apple devices turn off iCloud Private Relay). Turn off with --no-dns-canaries.\n");
    }
  }
}
