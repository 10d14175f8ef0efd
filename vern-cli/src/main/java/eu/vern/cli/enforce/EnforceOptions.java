package eu.vern.cli.enforce;

import eu.vern.catalog.Coded;
import eu.vern.cli.BadInputException;
import eu.vern.cli.GuidelineOptions;
import eu.vern.enforce.ExportOptions;
import eu.vern.guidelines.DataCategory;
import eu.vern.guidelines.Verdict;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** What both {@code vern export} and {@code vern feed} enforce, and how a blocked name answers. */
final class EnforceOptions {

  @Option(names = "--verdicts", paramLabel = "V,V", defaultValue = "block",
      description = "The verdicts that block: block, or block,review (default: ${DEFAULT-VALUE}). Guidance never blocks.")
  String verdicts = "block";

  @Option(names = "--data-category", paramLabel = "C", defaultValue = "personal",
      description = "Assess for public, personal, sensitive or secret data (default: ${DEFAULT-VALUE}).")
  String dataCategory = "personal";

  @Option(names = "--block-address", paramLabel = "IP",
      description = "Answer blocked names with this block-page address instead of NXDOMAIN (rpz, unbound, dnsmasq, hosts).")
  @Nullable String blockAddress;

  @Option(names = "--block-proxy", paramLabel = "HOST:PORT", defaultValue = "127.0.0.1:9",
      description = "The proxy a PAC file sends blocked hosts to (default: ${DEFAULT-VALUE}, where nothing listens).")
  String blockProxy = "127.0.0.1:9";

  List<Verdict> enforced() {
    List<Verdict> out = new ArrayList<>();
    for (String part : verdicts.split(",", -1)) {
      String v = part.strip();
      switch (v) {
        case "block" -> out.add(Verdict.BLOCK);
        case "review" -> out.add(Verdict.REVIEW);
        case "guidance", "allow" -> throw new BadInputException(
            "--verdicts: '" + v + "' never blocks; enforce block, or block,review");
        default -> throw new BadInputException("--verdicts: '" + v + "' is not a verdict; write block or block,review");
      }
    }
    if (!out.contains(Verdict.BLOCK)) {
      throw new BadInputException("--verdicts: block verdicts are always enforced; write block or block,review");
    }
    return out;
  }

  @Option(names = "--no-dns-canaries",
      description = "Do not block use-application-dns.net, mask.icloud.com and mask-h2.icloud.com in DNS exports"
          + " (blocked by default: they keep Firefox off automatic DNS over HTTPS and Apple devices off iCloud Private Relay).")
  boolean noDnsCanaries;

  @Option(names = "--doh-template", paramLabel = "URL",
      description = "The organisation's own DNS-over-HTTPS endpoint, e.g. https://doh.example.org/dns-query{?dns}:"
          + " chrome and firefox policies allow DNS over HTTPS only to it (by default they turn DNS over HTTPS off).")
  @Nullable String dohTemplate;

  @Option(names = "--block-public-resolvers",
      description = "Also block the public DNS resolvers in the catalog (Google, Cloudflare, Quad9, ...) by name,"
          + " so clients cannot reach their DNS over HTTPS or TLS; the host of --doh-template stays reachable.")
  boolean blockPublicResolvers;

  @Option(names = "--apple-web-filter",
      description = "apple-apps: add the web content filter of the mobileconfig export to the app profile.")
  boolean appleWebFilter;

  DataCategory category() {
    return GuidelineOptions.dataCategory(dataCategory);
  }

  ExportOptions exportOptions() {
    ExportOptions base;
    try {
      base = ExportOptions.defaults().withDohTemplate(dohTemplate);
    } catch (IllegalArgumentException e) {
      throw new BadInputException("--doh-template: " + e.getMessage());
    }
    try {
      return base.withBlockAddress(blockAddress).withBlockProxy(blockProxy)
          .withDnsCanaries(!noDnsCanaries).withPublicResolversBlocked(blockPublicResolvers)
          .withAppleWebFilter(appleWebFilter);
    } catch (IllegalArgumentException e) {
      throw new BadInputException((blockAddress != null && e.getMessage() != null
          && e.getMessage().startsWith("block address") ? "--block-address: " : "--block-proxy: ")
          + e.getMessage());
    }
  }

  static eu.vern.enforce.Format format(String code) {
    eu.vern.enforce.Format f = Coded.parse(eu.vern.enforce.Format.class, code);
    if (f == null) {
      throw new BadInputException("unknown format '" + code + "'; Vern exports: "
          + Coded.codes(eu.vern.enforce.Format.class));
    }
    return f;
  }
}
