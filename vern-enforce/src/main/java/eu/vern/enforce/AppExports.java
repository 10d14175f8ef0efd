package eu.vern.enforce;

import com.fasterxml.jackson.core.JsonGenerator;
import eu.vern.catalog.AppIds;
import eu.vern.catalog.WindowsPackage;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * App exports: what a mobile-device manager blocks apps by. Every key, element and value is taken
 * from the vendor's published documentation or schema; docs/enforcement.md cites each next to its
 * golden file. A blocked service whose apps the catalog knows on other platforms but not on this
 * one is named in the header, so nobody believes an app is blocked when it is not.
 */
final class AppExports {

  /** Where an export finds a service's apps and how it names the missing ones. */
  enum Platform {
    IOS("iOS bundle id", AppIds::iosBundleIds),
    ANDROID("Android package name", AppIds::android),
    WINDOWS("Windows package with a known publisher", a -> a.windowsPackages().stream()
        .filter(w -> w.publisher() != null).map(WindowsPackage::familyName).toList());

    /** What a service lacks to be blocked on the platform, as the header names it. */
    final String lacking;
    final Function<AppIds, List<String>> ids;

    Platform(String lacking, Function<AppIds, List<String>> ids) {
      this.lacking = lacking;
      this.ids = ids;
    }

    static Platform of(Format format) {
      return switch (format) {
        case APPLE_APPS, INTUNE_IOS -> IOS;
        case ANDROID_APPS, INTUNE_ANDROID -> ANDROID;
        case APPLOCKER -> WINDOWS;
        default -> throw new IllegalArgumentException(format.code() + " does not block apps");
      };
    }
  }

  private AppExports() {}

  /**
   * The ids of {@code e}'s apps that an export of {@code format} blocks: those on its platform,
   * less any app a service this audience may use also runs in.
   */
  static List<String> blockedIds(Blocklist list, Blocklist.Entry e, Format format) {
    Platform platform = Platform.of(format);
    Set<String> shared = sharedIds(list, platform);
    return platform.ids.apply(e.apps()).stream().filter(id -> !shared.contains(id)).toList();
  }

  private static Set<String> sharedIds(Blocklist list, Platform platform) {
    Set<String> shared = new LinkedHashSet<>();
    for (Blocklist.Entry kept : list.sharingApps()) {
      shared.addAll(platform.ids.apply(kept.apps()));
    }
    return shared;
  }

  /** The blocked services that have apps on the platform of {@code format} that it blocks. */
  static List<Blocklist.Entry> covered(Blocklist list, Format format) {
    return list.blocked().stream().filter(e -> !blockedIds(list, e, format).isEmpty()).toList();
  }

  /**
   * The header lines an app export adds: how many apps it blocks, the blocked services with apps
   * elsewhere but none the catalog knows on this platform, and the apps left installed because a
   * service the audience may use runs in them too.
   */
  static List<String> coverage(Blocklist list, Format format) {
    Platform platform = Platform.of(format);
    Set<String> shared = sharedIds(list, platform);
    int apps = 0;
    int services = 0;
    List<String> missing = new ArrayList<>();
    List<String> kept = new ArrayList<>();
    for (Blocklist.Entry e : list.blocked()) {
      List<String> all = platform.ids.apply(e.apps());
      int n = blockedIds(list, e, format).size();
      if (n > 0) {
        apps += n;
        services++;
      } else if (all.isEmpty() && !e.apps().isEmpty()) {
        missing.add(e.service());
      }
      for (String id : all) {
        if (shared.contains(id)) {
          List<String> users = list.sharingApps().stream()
              .filter(s -> platform.ids.apply(s.apps()).contains(id)).map(Blocklist.Entry::service).toList();
          kept.add(id + " (" + e.service() + ", also " + String.join(", ", users) + ")");
        }
      }
    }
    List<String> lines = new ArrayList<>();
    lines.add("Blocked: " + apps + (apps == 1 ? " app" : " apps") + " of " + services
        + (services == 1 ? " service" : " services"));
    if (!missing.isEmpty()) {
      lines.add("NOT blocked here, the catalog has no " + platform.lacking + " for: "
          + String.join(", ", missing) + " (block them by name, or add the id with its source)");
    }
    if (!kept.isEmpty()) {
      lines.add("NOT blocked here, the same app serves a service this audience may use: "
          + String.join("; ", kept) + " (block the blocked service by name, or in the app's own"
          + " account settings)");
    }
    return lines;
  }

  /**
   * An Apple configuration profile with a Restrictions payload ({@code com.apple.applicationaccess})
   * whose {@code blockedAppBundleIDs} hides the apps and stops them launching. Apple honours the key
   * on supervised devices with iOS or iPadOS 15 and later; with {@link ExportOptions#appleWebFilter}
   * the profile also carries the web content filter of the mobileconfig export.
   */
  static void apple(Policy policy, ExportOptions options, Writer out) throws IOException {
    Blocklist list = policy.only();
    String identifier = BrowserExports.profileIdentifier(policy, "apps");
    BrowserExports.profileStart(out, policy, Format.APPLE_APPS);
    out.write("    <dict>\n");
    BrowserExports.key(out, "      ", "PayloadType", "com.apple.applicationaccess");
    out.write("      <key>PayloadVersion</key>\n      <integer>1</integer>\n");
    BrowserExports.key(out, "      ", "PayloadIdentifier", identifier + ".restrictions");
    BrowserExports.key(out, "      ", "PayloadUUID", BrowserExports.uuid(identifier + ".restrictions"));
    BrowserExports.key(out, "      ", "PayloadDisplayName", "Vern blocked apps");
    out.write("      <key>blockedAppBundleIDs</key>\n      <array>\n");
    for (String id : ids(list, Format.APPLE_APPS)) {
      out.write("        <string>" + BrowserExports.xml(id) + "</string>\n");
    }
    out.write("      </array>\n    </dict>\n");
    if (options.appleWebFilter()) {
      BrowserExports.webFilterPayload(out, policy, identifier);
    }
    BrowserExports.profileEnd(out, policy, Format.APPLE_APPS, identifier, " apps");
  }

  /**
   * The {@code applications} of an Android Management API policy, each blocked app with
   * {@code installType} BLOCKED (it cannot be installed, and is removed if it was). The API
   * refuses unknown fields, so the header cannot travel in the file: the feed and docs carry it.
   */
  static void android(Policy policy, Writer out) throws IOException {
    try (JsonGenerator g = BrowserExports.generator(out)) {
      g.writeStartObject();
      g.writeArrayFieldStart("applications");
      for (String id : ids(policy.only(), Format.ANDROID_APPS)) {
        g.writeStartObject();
        g.writeStringField("packageName", id);
        g.writeStringField("installType", "BLOCKED");
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    out.write('\n');
  }

  /**
   * A Microsoft Graph {@code iosGeneralDeviceConfiguration} or
   * {@code androidGeneralDeviceConfiguration}: Intune's device-restrictions profile whose
   * restricted-apps list, with {@code compliantAppListType} {@code appsNotInListCompliant}, makes
   * a device with a listed app non-compliant, which conditional access then shuts out. The header
   * travels in {@code description}.
   */
  static void intune(Policy policy, Format format, Writer out) throws IOException {
    Blocklist list = policy.only();
    Provenance p = policy.provenance();
    boolean ios = format == Format.INTUNE_IOS;
    try (JsonGenerator g = BrowserExports.generator(out)) {
      g.writeStartObject();
      g.writeStringField("@odata.type", ios ? "#microsoft.graph.iosGeneralDeviceConfiguration"
          : "#microsoft.graph.androidGeneralDeviceConfiguration");
      g.writeStringField("displayName", Header.clean("Vern prohibited apps: " + p.guidelineName() + " ("
          + list.audience().name().en() + ")"));
      g.writeStringField("description", String.join(" ", Header.lines(policy, format)));
      g.writeStringField("compliantAppListType", "appsNotInListCompliant");
      g.writeArrayFieldStart("compliantAppsList");
      for (Blocklist.Entry e : covered(list, format)) {
        List<String> storeIds = e.apps().iosAppStoreIds();
        for (String id : blockedIds(list, e, format)) {
          g.writeStartObject();
          g.writeStringField("@odata.type", "#microsoft.graph.appListItem");
          g.writeStringField("name", Header.clean(e.name()));
          g.writeStringField("appId", id);
          if (ios && storeIds.size() == 1) {
            g.writeStringField("appStoreUrl", "https://apps.apple.com/app/id" + storeIds.get(0));
          } else if (!ios) {
            g.writeStringField("appStoreUrl", "https://play.google.com/store/apps/details?id=" + id);
          }
          g.writeEndObject();
        }
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    out.write('\n');
  }

  /**
   * A Windows AppLocker policy whose packaged-app ({@code Appx}) rule collection denies each
   * blocked Microsoft Store app by publisher and package name, any version. A rule collection
   * with rules denies everything it does not allow, so the collection also carries the allow rule
   * Windows itself proposes for signed packaged apps; deny rules win over allow rules.
   */
  static void applocker(Policy policy, Writer out) throws IOException {
    Blocklist list = policy.only();
    String identifier = BrowserExports.profileIdentifier(policy, "applocker");
    out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    for (String line : Header.lines(policy, Format.APPLOCKER)) {
      out.write("<!-- " + BrowserExports.xml(line.replace("--", "- -")) + " -->\n");
    }
    out.write("<AppLockerPolicy Version=\"1\">\n");
    out.write("  <RuleCollection Type=\"Appx\" EnforcementMode=\"Enabled\">\n");
    rule(out, BrowserExports.uuid(identifier + ".allow-signed"),
        "Allow signed packaged apps (everything Vern does not deny)", "Allow", "*", "*");
    Set<String> seen = new LinkedHashSet<>();
    for (Blocklist.Entry e : covered(list, Format.APPLOCKER)) {
      List<String> blocked = blockedIds(list, e, Format.APPLOCKER);
      for (WindowsPackage w : e.apps().windowsPackages()) {
        String publisher = w.publisher();
        if (publisher != null && blocked.contains(w.familyName()) && seen.add(w.familyName())) {
          rule(out, BrowserExports.uuid(identifier + ".deny." + w.familyName()),
              "Deny " + e.name() + " (" + w.name() + "): " + e.verdict().code() + ", " + e.because(),
              "Deny", publisher, w.name());
        }
      }
    }
    out.write("  </RuleCollection>\n");
    out.write("</AppLockerPolicy>\n");
  }

  private static void rule(Writer out, String id, String name, String action, String publisher,
      String product) throws IOException {
    out.write("    <FilePublisherRule Id=\"" + id.toLowerCase(java.util.Locale.ROOT) + "\" Name=\""
        + attribute(name) + "\" Description=\"\" UserOrGroupSid=\"S-1-1-0\" Action=\"" + action + "\">\n");
    out.write("      <Conditions>\n");
    out.write("        <FilePublisherCondition PublisherName=\"" + attribute(publisher) + "\" ProductName=\""
        + attribute(product) + "\" BinaryName=\"*\">\n");
    out.write("          <BinaryVersionRange LowSection=\"0.0.0.0\" HighSection=\"*\" />\n");
    out.write("        </FilePublisherCondition>\n");
    out.write("      </Conditions>\n");
    out.write("    </FilePublisherRule>\n");
  }

  private static String attribute(String s) {
    return BrowserExports.xml(Header.clean(s)).replace("\"", "&quot;");
  }

  /** The platform's ids of every covered service, each once, in catalog order. */
  private static Set<String> ids(Blocklist list, Format format) {
    Set<String> ids = new LinkedHashSet<>();
    for (Blocklist.Entry e : covered(list, format)) {
      ids.addAll(blockedIds(list, e, format));
    }
    return ids;
  }
}
