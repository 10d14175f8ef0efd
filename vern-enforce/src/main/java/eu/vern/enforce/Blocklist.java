package eu.vern.enforce;

import eu.vern.catalog.AppIds;
import eu.vern.guidelines.Audience;
import eu.vern.guidelines.Verdict;
import java.util.List;
import java.util.Objects;

/**
 * What one audience's enforcement points block, service by service, and the services they must
 * let through although a name above them is blocked or their rules alone would block them (an
 * exception in force). Every name is checked on the way in: an invalid one is refused here, never
 * written.
 *
 * @param blocked services whose verdict is enforced, in catalog (id) order
 * @param allowed services that stay reachable: allowed by an exception, or reached at a name
 *     below a blocked one
 * @param sharingApps services that stay usable and share an app with a blocked service (the
 *     Outlook app opens Outlook.com and Microsoft 365 mail alike): app exports leave that app
 *     installed and say so, because blocking it would block the usable service too
 */
public record Blocklist(Audience audience, List<Entry> blocked, List<Entry> allowed, List<Entry> sharingApps) {

  public Blocklist {
    Objects.requireNonNull(audience, "audience");
    blocked = List.copyOf(blocked);
    allowed = List.copyOf(allowed);
    sharingApps = List.copyOf(sharingApps);
  }

  /** A blocklist in which no usable service shares an app with a blocked one. */
  public Blocklist(Audience audience, List<Entry> blocked, List<Entry> allowed) {
    this(audience, blocked, allowed, List.of());
  }

  /**
   * One service, the names it is reached at and its apps.
   *
   * @param because why, in a few words an operator reads in a comment: the deciding rule or the
   *     exception
   * @param apps the service's apps, which app exports block on managed devices
   */
  public record Entry(String service, String name, Verdict verdict, List<String> domains, String because,
      AppIds apps) {

    public Entry {
      Objects.requireNonNull(service, "service");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(verdict, "verdict");
      Objects.requireNonNull(because, "because");
      Objects.requireNonNull(apps, "apps");
      domains = List.copyOf(domains);
      for (String d : domains) {
        Names.check(d);
      }
    }

    /** A service reached only at names, with no apps. */
    public Entry(String service, String name, Verdict verdict, List<String> domains, String because) {
      this(service, name, verdict, domains, because, AppIds.NONE);
    }
  }

  /** The blocked services that are reached at names, for the exports that block names. */
  public List<Entry> blockedByName() {
    return blocked.stream().filter(e -> !e.domains().isEmpty()).toList();
  }

  /** How many names are blocked (before names covered by a blocked parent are left out). */
  public int blockedNames() {
    int n = 0;
    for (Entry e : blocked) {
      n += e.domains().size();
    }
    return n;
  }
}
