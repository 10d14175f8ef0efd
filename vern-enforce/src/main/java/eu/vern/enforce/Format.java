package eu.vern.enforce;

import eu.vern.catalog.Coded;
import eu.vern.guidelines.Audience;
import java.util.List;

/** An enforcement format Vern exports to, with the file name its feed serves it under. */
public enum Format implements Coded {
  /** A DNS response policy zone, as BIND, Unbound, PowerDNS Recursor and Knot Resolver load it. */
  RPZ("rpz", "text/dns", Scope.ONE_AUDIENCE),
  /** Unbound {@code local-zone} lines; for several audiences, tagged by client network. */
  UNBOUND("unbound.conf", "text/plain", Scope.CLIENTS_TOLD_APART),
  /** BIND {@code response-policy}; for several audiences, one view per audience. */
  BIND("bind.conf", "text/plain", Scope.CLIENTS_TOLD_APART),
  /** dnsmasq {@code address=/name/} lines. */
  DNSMASQ("dnsmasq.conf", "text/plain", Scope.ONE_AUDIENCE),
  /** A hosts file (0.0.0.0 lines); covers the listed names only, not their subdomains. */
  HOSTS("hosts", "text/plain", Scope.ONE_AUDIENCE),
  /**
   * The adblock list syntax Pi-hole and AdGuard Home read; for several audiences, AdGuard Home's
   * {@code $client} rules.
   */
  ADBLOCK("adblock.txt", "text/plain", Scope.CLIENTS_TOLD_APART),
  /** A Squid configuration fragment: dstdomain ACLs and the http_access rules that use them. */
  SQUID("squid.conf", "text/plain", Scope.CLIENTS_TOLD_APART),
  /** A Squid dstdomain ACL file, with the lines to add to squid.conf in its header. */
  SQUID_ACL("squid.acl", "text/plain", Scope.ONE_AUDIENCE),
  /** A proxy auto-config file sending blocked hosts to a block proxy, everything else DIRECT. */
  PAC("proxy.pac", "application/x-ns-proxy-autoconfig", Scope.ONE_AUDIENCE),
  /** A Chrome, Chromium and Edge managed policy (URLBlocklist, URLAllowlist). */
  CHROME("chrome.json", "application/json", Scope.DEVICE_GROUPS),
  /** A Firefox enterprise policies.json (WebsiteFilter). */
  FIREFOX("firefox.json", "application/json", Scope.DEVICE_GROUPS),
  /** An Apple configuration profile with a web content filter. */
  MOBILECONFIG("vern.mobileconfig", "application/x-apple-aspen-config", Scope.DEVICE_GROUPS),
  /**
   * An Apple configuration profile whose restrictions payload blocks the apps' bundle identifiers
   * on supervised iPhones and iPads; optionally with the web content filter too.
   */
  APPLE_APPS("apps.mobileconfig", "application/x-apple-aspen-config", Scope.DEVICE_GROUPS),
  /** The {@code applications} part of an Android Management API policy, blocked apps as BLOCKED. */
  ANDROID_APPS("android-policy.json", "application/json", Scope.DEVICE_GROUPS),
  /** A Microsoft Intune (Graph) iOS device-restrictions profile with a prohibited-apps list. */
  INTUNE_IOS("intune-ios.json", "application/json", Scope.DEVICE_GROUPS),
  /** A Microsoft Intune (Graph) Android device-restrictions profile with a prohibited-apps list. */
  INTUNE_ANDROID("intune-android.json", "application/json", Scope.DEVICE_GROUPS),
  /** A Windows AppLocker policy with packaged-app deny rules for Microsoft Store apps. */
  APPLOCKER("applocker.xml", "application/xml", Scope.DEVICE_GROUPS),
  /** The verdicts themselves, for anything else. */
  JSON("verdicts.json", "application/json", Scope.CLIENTS_TOLD_APART);

  /** How many audiences one file of the format can serve. */
  public enum Scope {
    /** One audience per file: the enforcement point cannot tell clients apart. */
    ONE_AUDIENCE,
    /** One file for several audiences: the enforcement point tells them apart by client address. */
    CLIENTS_TOLD_APART,
    /** One file per audience, named for the browser or device group that receives it. */
    DEVICE_GROUPS
  }

  private final String fileName;
  private final String mediaType;
  private final Scope scope;

  Format(String fileName, String mediaType, Scope scope) {
    this.fileName = fileName;
    this.mediaType = mediaType;
    this.scope = scope;
  }

  @Override
  public String code() {
    return Coded.kebab(this);
  }

  /** The name the feed serves it under: {@code /feeds/<audience>/<fileName>}. */
  public String fileName() {
    return fileName;
  }

  /** The HTTP media type, without parameters. */
  public String mediaType() {
    return mediaType;
  }

  public Scope scope() {
    return scope;
  }

  /** Whether the format blocks apps on managed devices rather than names. */
  public boolean blocksApps() {
    return switch (this) {
      case APPLE_APPS, ANDROID_APPS, INTUNE_IOS, INTUNE_ANDROID, APPLOCKER -> true;
      default -> false;
    };
  }

  /**
   * The groups that receive this format's file for {@code audience}: browser groups for browser
   * policies, device groups for Apple profiles; empty for formats enforced by network.
   */
  public List<String> groups(Audience audience) {
    return switch (this) {
      case CHROME, FIREFOX -> audience.recognition().browserGroups();
      case MOBILECONFIG, APPLE_APPS, ANDROID_APPS, INTUNE_IOS, INTUNE_ANDROID, APPLOCKER ->
          audience.recognition().deviceGroups();
      default -> List.of();
    };
  }
}
