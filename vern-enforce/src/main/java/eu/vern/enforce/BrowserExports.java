package eu.vern.enforce;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/** Browser and device policies: Chrome/Chromium/Edge, Firefox, Apple configuration profiles. */
final class BrowserExports {

  private static final JsonFactory JSON = new JsonFactory();

  private BrowserExports() {}

  /**
   * A managed policy for Chrome, Chromium and Edge ({@code /etc/chromium/policies/managed/},
   * {@code /etc/opt/chrome/policies/managed/}, or the same keys through Group Policy). A host
   * without a scheme or path in URLBlocklist blocks the host and its subdomains; URLAllowlist
   * lets the services through that an exception allows or that sit below a blocked name. Chromium
   * reads {@code //} comments in these files, so the header is a comment.
   *
   * <p>DNS over HTTPS to a resolver outside the organisation walks past every DNS block, so
   * {@code DnsOverHttpsMode} turns it off, or, when the organisation runs its own endpoint, makes
   * that endpoint the only one ({@code secure} with {@code DnsOverHttpsTemplates}).
   */
  static void chrome(Policy policy, ExportOptions options, Writer out) throws IOException {
    Blocklist list = policy.only();
    Resolved r = Resolved.of(list);
    Header.write(out, "// ", policy, Format.CHROME);
    try (JsonGenerator g = generator(out)) {
      g.writeStartObject();
      g.writeArrayFieldStart("URLBlocklist");
      for (Resolved.Group group : r.blocked) {
        for (String n : group.names()) {
          g.writeString(n);
        }
      }
      g.writeEndArray();
      g.writeArrayFieldStart("URLAllowlist");
      for (String n : allowed(list)) {
        g.writeString(n);
      }
      g.writeEndArray();
      String template = options.dohTemplate();
      if (template == null) {
        g.writeStringField("DnsOverHttpsMode", "off");
      } else {
        g.writeStringField("DnsOverHttpsMode", "secure");
        g.writeStringField("DnsOverHttpsTemplates", template);
      }
      g.writeEndObject();
    }
    out.write('\n');
  }

  /**
   * A Firefox enterprise {@code policies.json} with WebsiteFilter. A match pattern
   * {@code *://*.name/*} covers the name and its subdomains. Firefox reads only the
   * {@code policies} key, so the header travels beside it as {@code vern}.
   *
   * <p>{@code DNSOverHTTPS} is locked off, or locked to the organisation's own endpoint without
   * falling back to another resolver; locked, so a user cannot switch it back on in the settings.
   */
  static void firefox(Policy policy, ExportOptions options, Writer out) throws IOException {
    Blocklist list = policy.only();
    Resolved r = Resolved.of(list);
    try (JsonGenerator g = generator(out)) {
      g.writeStartObject();
      g.writeObjectFieldStart("policies");
      g.writeObjectFieldStart("WebsiteFilter");
      g.writeArrayFieldStart("Block");
      for (Resolved.Group group : r.blocked) {
        for (String n : group.names()) {
          g.writeString("*://*." + n + "/*");
        }
      }
      g.writeEndArray();
      g.writeArrayFieldStart("Exceptions");
      for (String n : allowed(list)) {
        g.writeString("*://*." + n + "/*");
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeObjectFieldStart("DNSOverHTTPS");
      String template = options.dohTemplate();
      g.writeBooleanField("Enabled", template != null);
      if (template != null) {
        g.writeStringField("ProviderURL", ExportOptions.dohUrl(template));
        g.writeBooleanField("Fallback", false);
      }
      g.writeBooleanField("Locked", true);
      g.writeEndObject();
      g.writeEndObject();
      g.writeArrayFieldStart("vern");
      for (String line : Header.lines(policy, Format.FIREFOX)) {
        g.writeString(line);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    out.write('\n');
  }

  /**
   * An Apple configuration profile (iOS, iPadOS, macOS) with a built-in web content filter that
   * denies the blocked names. Identifiers and UUIDs derive from the guideline and audience, so a
   * new version of the profile replaces the old one on the device instead of adding a second.
   */
  static void mobileconfig(Policy policy, Writer out) throws IOException {
    String identifier = profileIdentifier(policy, "policy");
    profileStart(out, policy, Format.MOBILECONFIG);
    webFilterPayload(out, policy, identifier);
    profileEnd(out, policy, Format.MOBILECONFIG, identifier, "");
  }

  /** {@code eu.vern.<kind>.<guideline>.<audience>}: stable, so a new version replaces the old. */
  static String profileIdentifier(Policy policy, String kind) {
    return "eu.vern." + kind + "." + policy.provenance().guideline() + "." + policy.only().audience().id();
  }

  /** The XML declaration, the header as comments and the opening of the payload array. */
  static void profileStart(Writer out, Policy policy, Format format) throws IOException {
    out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.write("<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\""
        + " \"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n");
    for (String line : Header.lines(policy, format)) {
      out.write("<!-- " + line.replace("--", "- -") + " -->\n");
    }
    out.write("<plist version=\"1.0\">\n<dict>\n");
    out.write("  <key>PayloadContent</key>\n  <array>\n");
  }

  /** A built-in web content filter payload (com.apple.webcontent-filter) denying the blocked names. */
  static void webFilterPayload(Writer out, Policy policy, String identifier) throws IOException {
    Resolved r = Resolved.of(policy.only());
    out.write("    <dict>\n");
    key(out, "      ", "PayloadType", "com.apple.webcontent-filter");
    out.write("      <key>PayloadVersion</key>\n      <integer>1</integer>\n");
    key(out, "      ", "PayloadIdentifier", identifier + ".webcontent-filter");
    key(out, "      ", "PayloadUUID", uuid(identifier + ".webcontent-filter"));
    key(out, "      ", "PayloadDisplayName", "Vern web content filter");
    key(out, "      ", "FilterType", "BuiltIn");
    out.write("      <key>AutoFilterEnabled</key>\n      <false/>\n");
    out.write("      <key>DenyListURLs</key>\n      <array>\n");
    for (Resolved.Group g : r.blocked) {
      for (String n : g.names()) {
        out.write("        <string>https://");
        out.write(n);
        out.write("/</string>\n        <string>http://");
        out.write(n);
        out.write("/</string>\n");
      }
    }
    out.write("      </array>\n    </dict>\n");
  }

  /** The closing of the payload array and the profile's own keys. */
  static void profileEnd(Writer out, Policy policy, Format format, String identifier, String what)
      throws IOException {
    Provenance p = policy.provenance();
    String display = "Vern" + what + ": " + p.guidelineName() + " (" + policy.only().audience().name().en() + ")";
    out.write("  </array>\n");
    key(out, "  ", "PayloadDisplayName", display);
    key(out, "  ", "PayloadDescription", String.join(" ", Header.lines(policy, format)));
    key(out, "  ", "PayloadIdentifier", identifier);
    key(out, "  ", "PayloadOrganization", p.organisation());
    key(out, "  ", "PayloadType", "Configuration");
    key(out, "  ", "PayloadUUID", uuid(identifier));
    out.write("  <key>PayloadVersion</key>\n  <integer>1</integer>\n");
    out.write("</dict>\n</plist>\n");
  }

  /** A name-based UUID: the same identifier always gives the same UUID. */
  static String uuid(String identifier) {
    return UUID.nameUUIDFromBytes(identifier.getBytes(StandardCharsets.UTF_8))
        .toString().toUpperCase(java.util.Locale.ROOT);
  }

  static void key(Writer out, String indent, String key, String value) throws IOException {
    out.write(indent + "<key>" + key + "</key>\n" + indent + "<string>" + xml(Header.clean(value))
        + "</string>\n");
  }

  static String xml(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** Every name of the services allowed against a blocked name or by an exception. */
  private static Set<String> allowed(Blocklist list) {
    Set<String> names = new LinkedHashSet<>();
    for (Blocklist.Entry e : list.allowed()) {
      names.addAll(e.domains());
    }
    return names;
  }

  static JsonGenerator generator(Writer out) throws IOException {
    JsonGenerator g = JSON.createGenerator(out);
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    g.setPrettyPrinter(printer);
    return g;
  }
}
