package eu.vern.enforce;

import eu.vern.guidelines.Audience;
import eu.vern.guidelines.Cidr;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Lists and proxies: Squid, PAC, and the adblock syntax of Pi-hole and AdGuard Home. */
final class ProxyExports {

  private ProxyExports() {}

  /**
   * A Squid configuration fragment to include before the {@code http_access allow} lines. For one
   * audience it denies the blocked names to everyone; for several, each audience's source
   * addresses ({@code proxySources}, else its networks) meet its own dstdomain list. A leading dot
   * makes a dstdomain entry cover the name and its subdomains.
   */
  static void squid(Policy policy, Writer out) throws IOException {
    Header.write(out, "# ", policy, Format.SQUID);
    out.write("# Include it in squid.conf before the http_access allow lines, e.g.\n");
    out.write("#   include /etc/squid/conf.d/vern.conf\n");
    boolean one = policy.audiences().size() == 1;
    for (Blocklist b : policy.audiences()) {
      Audience a = b.audience();
      String suffix = one ? "" : "_" + a.id();
      List<Cidr> sources = a.recognition().proxySources().isEmpty()
          ? a.recognition().networks() : a.recognition().proxySources();
      out.write("\n# " + Header.clean(Header.audience(a)) + "\n");
      if (!one && sources.isEmpty()) {
        out.write("# no proxySources or networks in the audiences file: the proxy cannot tell it apart\n");
        continue;
      }
      Resolved r = Resolved.of(b);
      if (r.blocked.isEmpty()) {
        out.write("# nothing to block\n");
        continue;
      }
      if (!one) {
        out.write("acl vern_src" + suffix + " src "
            + sources.stream().map(Cidr::text).collect(Collectors.joining(" ")) + "\n");
      }
      for (Resolved.Group g : r.blocked) {
        out.write("# " + Header.about(g.entry()) + "\n");
        for (String n : g.names()) {
          out.write("acl vern_blocked");
          out.write(suffix);
          out.write(" dstdomain .");
          out.write(n);
          out.write('\n');
        }
      }
      for (Resolved.Group g : r.passes) {
        out.write("# passes: " + Header.about(g.entry()) + "\n");
        for (String n : g.names()) {
          out.write("acl vern_passes" + suffix + " dstdomain ." + n + "\n");
        }
      }
      out.write("http_access deny" + (one ? "" : " vern_src" + suffix) + " vern_blocked" + suffix
          + (r.passes.isEmpty() ? "" : " !vern_passes" + suffix) + "\n");
    }
  }

  /** A Squid dstdomain ACL file for one audience, with the squid.conf lines that use it. */
  static void squidAcl(Policy policy, Writer out) throws IOException {
    Resolved r = Resolved.of(policy.only());
    Header.write(out, "# ", policy, Format.SQUID_ACL);
    out.write("# Use it in squid.conf, before the http_access allow lines:\n");
    out.write("#   acl vern_blocked dstdomain \"/etc/squid/vern-blocked.acl\"\n");
    List<String> passes = new ArrayList<>();
    r.passes.forEach(g -> g.names().forEach(n -> passes.add("." + n)));
    if (!passes.isEmpty()) {
      out.write("#   acl vern_passes dstdomain " + String.join(" ", passes) + "\n");
    }
    out.write("#   http_access deny vern_blocked" + (passes.isEmpty() ? "" : " !vern_passes") + "\n");
    for (Resolved.Group g : r.blocked) {
      out.write("# " + Header.about(g.entry()) + "\n");
      for (String n : g.names()) {
        out.write('.');
        out.write(n);
        out.write('\n');
      }
    }
  }

  /**
   * A proxy auto-config file: the nearest listed name above (or equal to) the host decides, so
   * an allowed name below a blocked one goes DIRECT. Blocked hosts go to the block proxy.
   */
  static void pac(Policy policy, ExportOptions options, Writer out) throws IOException {
    Resolved r = Resolved.of(policy.only());
    Header.write(out, "// ", policy, Format.PAC);
    out.write("var vernNames = {\n");
    for (Resolved.Group g : r.blocked) {
      out.write("  // " + Header.about(g.entry()) + "\n");
      for (String n : g.names()) {
        out.write("  \"");
        out.write(n);
        out.write("\": 1,\n");
      }
    }
    for (Resolved.Group g : r.passes) {
      out.write("  // passes: " + Header.about(g.entry()) + "\n");
      for (String n : g.names()) {
        out.write("  \"" + n + "\": 0,\n");
      }
    }
    out.write("  \"\": 0\n};\n\n");
    out.write("function FindProxyForURL(url, host) {\n");
    out.write("  var h = host.toLowerCase();\n");
    out.write("  if (h.charAt(h.length - 1) === \".\") {\n    h = h.substring(0, h.length - 1);\n  }\n");
    out.write("  for (;;) {\n");
    out.write("    if (Object.prototype.hasOwnProperty.call(vernNames, h)) {\n");
    out.write("      return vernNames[h] ? \"PROXY " + options.blockProxy() + "\" : \"DIRECT\";\n");
    out.write("    }\n");
    out.write("    var dot = h.indexOf(\".\");\n");
    out.write("    if (dot < 0) {\n      return \"DIRECT\";\n    }\n");
    out.write("    h = h.substring(dot + 1);\n");
    out.write("  }\n}\n");
  }

  /**
   * The adblock syntax Pi-hole and AdGuard Home read: {@code ||name^} blocks the name and its
   * subdomains, {@code @@||name^} lets an allowed one through. For one audience every blocked
   * name is listed; for several, AdGuard Home's {@code $client} modifier names each audience's
   * networks.
   */
  static void adblock(Policy policy, Writer out) throws IOException {
    Provenance p = policy.provenance();
    out.write("! Title: Vern: " + Header.clean(p.guidelineName()) + " ("
        + policy.audiences().stream().map(b -> b.audience().id()).collect(Collectors.joining(", "))
        + ")\n");
    out.write("! Version: " + Header.clean(p.guideline() + " " + p.guidelineVersion()) + ", catalog "
        + Header.clean(p.catalog() + " " + p.catalogVersion()) + "\n");
    out.write("! Last modified: " + p.generated() + "\n");
    out.write("! Expires: 1 day\n");
    Header.write(out, "! ", policy, Format.ADBLOCK);
    if (policy.audiences().size() == 1) {
      Blocklist list = policy.only();
      for (Blocklist.Entry e : list.blockedByName()) {
        out.write("! " + Header.about(e) + "\n");
        for (String n : e.domains()) {
          out.write("||");
          out.write(n);
          out.write("^\n");
        }
      }
      for (Resolved.Group g : Resolved.of(list).passes) {
        out.write("! passes: " + Header.about(g.entry()) + "\n");
        for (String n : g.names()) {
          out.write("@@||" + n + "^\n");
        }
      }
      return;
    }
    for (Blocklist b : policy.audiences()) {
      if (b.audience().recognition().networks().isEmpty()) {
        out.write("! " + Header.clean(b.audience().id()) + ": no networks, so AdGuard Home cannot tell it apart\n");
      }
    }
    Resolved.ByName byName = Resolved.ByName.of(policy.audiences());
    for (var e : byName.uses.entrySet()) {
      String clientsBlock = clients(e.getValue().block);
      if (!clientsBlock.isEmpty()) {
        out.write("||" + e.getKey() + "^$client=" + clientsBlock + "\n");
      }
      String clientsPass = clients(e.getValue().pass);
      if (!clientsPass.isEmpty()) {
        out.write("@@||" + e.getKey() + "^$client=" + clientsPass + "\n");
      }
    }
  }

  private static String clients(List<Audience> audiences) {
    List<String> nets = new ArrayList<>();
    for (Audience a : audiences) {
      a.recognition().networks().forEach(c -> nets.add(c.text()));
    }
    return String.join("|", nets);
  }
}
