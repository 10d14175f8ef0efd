package eu.vern.enforce;

import eu.vern.guidelines.Audience;
import eu.vern.guidelines.Cidr;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The DNS formats: RPZ, Unbound, BIND, dnsmasq and hosts. */
final class DnsExports {

  /** Seconds resolvers may cache a policy answer; short, so that a changed verdict reaches devices soon. */
  static final int TTL = 300;

  private static final String BREAK_DNSSEC_WHY = "// break-dnssec yes: otherwise BIND does not apply the policy to"
      + " DNSSEC-signed answers for clients that ask for DNSSEC records (DO bit), and a blocked service whose"
      + " zone is signed resolves for them.\n";

  private DnsExports() {}

  /**
   * A response policy zone: {@code name CNAME .} (NXDOMAIN) for the name and {@code *.name} for
   * its subdomains, or A/AAAA records of the block page; {@code rpz-passthru.} for allowed names
   * below blocked ones (an exact or longer match wins in RPZ). The serial is the generation time
   * in seconds since 1970, so it increases whenever a changed verdict produces a new export.
   */
  static void rpz(Policy policy, ExportOptions options, Writer out) throws IOException {
    policy = DnsCanaries.added(policy, options);
    Resolved r = Resolved.of(policy.only());
    Header.write(out, "; ", policy, Format.RPZ);
    DnsCanaries.explain(out, "; ", options);
    // What CnameAliasTest shows real resolvers doing with a name that is a CNAME of a blocked one.
    out.write("; CNAME aliases (a name elsewhere that is an alias of a blocked name): BIND 9.18 blocks them every"
        + " time (for clients that ask for DNSSEC only with break-dnssec yes, which `vern export bind` writes);"
        + " Unbound 1.17 blocks them the first time and answers them from its cache after that"
        + " (NLnetLabs/unbound#954, fixed in Unbound 1.19.0). Check a resolver with `vern doctor --resolver"
        + " HOST:PORT --probe-alias NAME`.\n");
    out.write("$TTL " + TTL + "\n");
    // Refresh every 5 minutes (a resolver pulling the feed sees a new verdict soon); expire after
    // a week, so that a feed that is down for a weekend does not silently switch blocking off.
    out.write("@ IN SOA localhost. hostmaster.localhost. (" + serial(policy)
        + " " + TTL + " 60 604800 " + TTL + ")\n");
    out.write("@ IN NS localhost.\n");
    String action = options.blockAddress() == null ? "CNAME ."
        : (ExportOptions.isIpv4(options.blockAddress()) ? "A " : "AAAA ") + options.blockAddress();
    for (Resolved.Group g : r.blocked) {
      out.write("\n; " + Header.about(g.entry()) + "\n");
      for (String n : g.names()) {
        out.write(n);
        out.write(" IN ");
        out.write(action);
        out.write("\n*.");
        out.write(n);
        out.write(" IN ");
        out.write(action);
        out.write('\n');
      }
    }
    for (Resolved.Group g : r.passes) {
      out.write("\n; passes: " + Header.about(g.entry()) + "\n");
      for (String n : g.names()) {
        out.write(n + " IN CNAME rpz-passthru.\n*." + n + " IN CNAME rpz-passthru.\n");
      }
    }
  }

  static long serial(Policy policy) {
    return policy.provenance().generated().getEpochSecond() & 0xFFFF_FFFFL;
  }

  /**
   * Unbound local zones. For one audience, a zone per blocked name. For several, one file tells
   * them apart by client address: a tag per audience ({@code define-tag}, {@code
   * access-control-tag} on its networks), every zone tagged with the audiences it applies to, and
   * {@code local-zone-override} for the networks of an audience that must pass a name another one
   * blocks.
   */
  static void unbound(Policy policy, ExportOptions options, Writer out) throws IOException {
    policy = DnsCanaries.added(policy, options);
    Header.write(out, "# ", policy, Format.UNBOUND);
    DnsCanaries.explain(out, "# ", options);
    out.write("# CNAME aliases are NOT blocked: local zones apply to the name asked for, never to the target of a"
        + " CNAME, so a name elsewhere that is an alias of a blocked name resolves. Load the rpz export into"
        + " BIND 9.18 or Unbound 1.19 or later to block aliases (Unbound 1.17 blocks them only the first time).\n");
    out.write("server:\n");
    String blockType = options.blockAddress() == null ? "always_nxdomain" : "redirect";
    if (policy.audiences().size() == 1) {
      Resolved r = Resolved.of(policy.only());
      for (Resolved.Group g : r.blocked) {
        out.write("  # " + Header.about(g.entry()) + "\n");
        for (String n : g.names()) {
          out.write("  local-zone: \"");
          out.write(n);
          out.write(".\" ");
          out.write(blockType);
          out.write('\n');
          localData(n, options, out);
        }
      }
      for (Resolved.Group g : r.passes) {
        out.write("  # passes: " + Header.about(g.entry()) + "\n");
        for (String n : g.names()) {
          out.write("  local-zone: \"" + n + ".\" always_transparent\n");
        }
      }
      return;
    }
    List<Blocklist> told = new ArrayList<>();
    for (Blocklist b : policy.audiences()) {
      if (b.audience().recognition().networks().isEmpty()) {
        out.write("  # " + Header.clean(b.audience().id())
            + ": no networks in the audiences file, so this resolver cannot tell its clients apart\n");
      } else {
        told.add(b);
      }
    }
    if (told.isEmpty()) {
      return;
    }
    out.write("  define-tag: \"" + told.stream().map(b -> b.audience().id()).collect(Collectors.joining(" "))
        + "\"\n");
    for (Blocklist b : told) {
      out.write("  # " + Header.clean(Header.audience(b.audience())) + "\n");
      for (Cidr c : b.audience().recognition().networks()) {
        out.write("  access-control: " + c.text() + " allow\n");
        out.write("  access-control-tag: " + c.text() + " \"" + b.audience().id() + "\"\n");
      }
    }
    Resolved.ByName byName = Resolved.ByName.of(told);
    for (var e : byName.uses.entrySet()) {
      String n = e.getKey();
      Resolved.ByName.Use use = e.getValue();
      List<Audience> tagged = new ArrayList<>(use.block);
      tagged.addAll(use.pass);
      if (use.block.isEmpty()) {
        out.write("  local-zone: \"" + n + ".\" always_transparent\n");
      } else {
        out.write("  local-zone: \"" + n + ".\" " + blockType + "\n");
        localData(n, options, out);
      }
      out.write("  local-zone-tag: \"" + n + ".\" \""
          + tagged.stream().map(Audience::id).collect(Collectors.joining(" ")) + "\"\n");
      if (!use.block.isEmpty()) {
        for (Audience a : use.pass) {
          for (Cidr c : a.recognition().networks()) {
            out.write("  local-zone-override: \"" + n + ".\" " + c.text() + " always_transparent\n");
          }
        }
      }
    }
  }

  private static void localData(String name, ExportOptions options, Writer out) throws IOException {
    String address = options.blockAddress();
    if (address != null) {
      out.write("  local-data: \"" + name + ". " + TTL + " IN "
          + (ExportOptions.isIpv4(address) ? "A " : "AAAA ") + address + "\"\n");
    }
  }

  /**
   * BIND: the zone statement for one audience's response policy zone; for several audiences, an
   * ACL and a view per audience, each with its own zone file ({@code vern-<audience>.rpz}, the
   * RPZ export or feed for that audience).
   */
  static void bind(Policy policy, ExportOptions options, Writer out) throws IOException {
    Header.write(out, "// ", policy, Format.BIND);
    String zone = options.zone();
    if (policy.audiences().size() == 1) {
      Audience a = policy.only().audience();
      out.write(BREAK_DNSSEC_WHY);
      out.write("// Add to the options { } block:  " + responsePolicy(zone) + "\n");
      zone(out, "", zone, options.zoneDirectory() + "/vern-" + a.id() + ".rpz");
      return;
    }
    out.write("// Every zone must be inside a view once views are used; clients no view matches are"
        + " refused.\n");
    out.write(BREAK_DNSSEC_WHY);
    for (Blocklist b : policy.audiences()) {
      Audience a = b.audience();
      List<Cidr> nets = a.recognition().networks();
      if (nets.isEmpty()) {
        out.write("// " + Header.clean(a.id()) + ": no networks, so no view\n");
        continue;
      }
      String acl = "vern-" + a.id();
      out.write("\n// " + Header.clean(Header.audience(a)) + "\n");
      out.write("acl \"" + acl + "\" { "
          + nets.stream().map(c -> c.text() + ";").collect(Collectors.joining(" ")) + " };\n");
      out.write("view \"" + acl + "\" {\n");
      out.write("  match-clients { \"" + acl + "\"; };\n");
      out.write("  recursion yes;\n");
      out.write("  " + responsePolicy(zone) + "\n");
      zone(out, "  ", zone, options.zoneDirectory() + "/vern-" + a.id() + ".rpz");
      out.write("};\n");
    }
  }

  /**
   * The response-policy statement. {@code break-dnssec yes} because without it BIND leaves a
   * DNSSEC-signed answer alone for a client that sets the DO bit, so a blocked service whose zone
   * is signed, and every alias of it, resolves for such clients (CnameAliasTest shows both).
   */
  static String responsePolicy(String zone) {
    return "response-policy { zone \"" + zone + "\"; } break-dnssec yes;";
  }

  private static void zone(Writer out, String indent, String zone, String file) throws IOException {
    out.write(indent + "zone \"" + zone + "\" {\n");
    out.write(indent + "  type primary;\n");
    out.write(indent + "  file \"" + file + "\";\n");
    out.write(indent + "  allow-query { none; };\n");
    out.write(indent + "};\n");
  }

  /**
   * dnsmasq: {@code address=/name/} answers NXDOMAIN for the name and every subdomain (or the
   * block page's address); {@code server=/name/#} sends an allowed name below a blocked one to the
   * usual upstream servers (the longest match wins).
   */
  static void dnsmasq(Policy policy, ExportOptions options, Writer out) throws IOException {
    policy = DnsCanaries.added(policy, options);
    Resolved r = Resolved.of(policy.only());
    Header.write(out, "# ", policy, Format.DNSMASQ);
    DnsCanaries.explain(out, "# ", options);
    String answer = options.blockAddress() == null ? "/" : "/" + options.blockAddress();
    for (Resolved.Group g : r.blocked) {
      out.write("# " + Header.about(g.entry()) + "\n");
      for (String n : g.names()) {
        out.write("address=/");
        out.write(n);
        out.write(answer);
        out.write('\n');
      }
    }
    for (Resolved.Group g : r.passes) {
      out.write("# passes: " + Header.about(g.entry()) + "\n");
      for (String n : g.names()) {
        out.write("server=/" + n + "/#\n");
      }
    }
  }

  /**
   * A hosts file. It blocks exactly the names it lists, not their subdomains, so it lists every
   * blocked name (a name below another is not covered here).
   */
  static void hosts(Policy policy, ExportOptions options, Writer out) throws IOException {
    policy = DnsCanaries.added(policy, options);
    Blocklist list = policy.only();
    Header.write(out, "# ", policy, Format.HOSTS);
    DnsCanaries.explain(out, "# ", options);
    out.write("# A hosts file blocks only the names listed, not their subdomains; prefer a DNS format.\n");
    String address = options.blockAddress() == null ? "0.0.0.0" : options.blockAddress();
    for (Blocklist.Entry e : list.blockedByName()) {
      out.write("# " + Header.about(e) + "\n");
      for (String n : e.domains()) {
        out.write(address);
        out.write(' ');
        out.write(n);
        out.write('\n');
      }
    }
  }
}
