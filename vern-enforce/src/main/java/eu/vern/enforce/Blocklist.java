package eu.vern.enforce;

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
 */
public record Blocklist(Audience audience, List<Entry> blocked, List<Entry> allowed) {

  public Blocklist {
    Objects.requireNonNull(audience, "audience");
    blocked = List.copyOf(blocked);
    allowed = List.copyOf(allowed);
  }

  /**
   * One service and the names it is reached at.
   *
   * @param because why, in a few words an operator reads in a comment: the deciding rule or the
   *     exception
   */
  public record Entry(String service, String name, Verdict verdict, List<String> domains, String because) {

    public Entry {
      Objects.requireNonNull(service, "service");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(verdict, "verdict");
      Objects.requireNonNull(because, "because");
      domains = List.copyOf(domains);
      for (String d : domains) {
        Names.check(d);
      }
    }
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
