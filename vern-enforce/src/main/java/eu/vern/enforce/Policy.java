package eu.vern.enforce;

import eu.vern.catalog.AppIds;
import eu.vern.catalog.Catalog;
import eu.vern.catalog.ReleaseInfo;
import eu.vern.catalog.Service;
import eu.vern.catalog.ServiceKind;
import eu.vern.guidelines.Assessment;
import eu.vern.guidelines.Assessor;
import eu.vern.guidelines.Audience;
import eu.vern.guidelines.DataCategory;
import eu.vern.guidelines.Exemption;
import eu.vern.guidelines.GuidelineInfo;
import eu.vern.guidelines.Rule;
import eu.vern.guidelines.Verdict;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What to enforce, for one audience or several: the input of every exporter. Build it from a
 * guideline's verdicts with {@link #assess}, or from entries made in code.
 *
 * {@snippet :
 * Policy policy = Policy.assess(assessor, List.of(pupils), DataCategory.PERSONAL,
 *     List.of(Verdict.BLOCK), LocalDate.now(clock), clock.instant());
 * try (Writer out = Files.newBufferedWriter(file)) {
 *   Exports.write(Format.RPZ, policy, ExportOptions.defaults(), out);
 * }
 * }
 *
 * @param publicResolvers the catalog's public DNS resolvers, blocked only on request
 *     ({@link #withPublicResolversBlocked})
 */
public record Policy(Provenance provenance, List<Blocklist> audiences, List<Blocklist.Entry> publicResolvers) {

  public Policy {
    audiences = List.copyOf(audiences);
    publicResolvers = List.copyOf(publicResolvers);
    if (audiences.isEmpty()) {
      throw new IllegalArgumentException("a policy is for at least one audience");
    }
    Set<String> ids = new HashSet<>();
    for (Blocklist b : audiences) {
      if (!ids.add(b.audience().id())) {
        throw new IllegalArgumentException("audience '" + b.audience().id() + "' appears twice");
      }
    }
  }

  /** A policy that knows no public resolvers (see {@link #publicResolvers}). */
  public Policy(Provenance provenance, List<Blocklist> audiences) {
    this(provenance, audiences, List.of());
  }

  /**
   * The verdicts of {@code assessor} for each audience, as blocklists: a service is blocked when
   * its verdict (exceptions applied) is one of {@code enforced}; it is listed as allowed when an
   * exception lifted an enforced verdict, or when one of its names lies below a blocked name.
   *
   * @param asOf the day the assessor's clock says it is, stated in the export's header
   * @param generated when the export is made
   */
  public static Policy assess(Assessor assessor, List<Audience> audiences, DataCategory category,
      List<Verdict> enforced, LocalDate asOf, Instant generated) {
    GuidelineInfo info = assessor.guideline().info();
    Catalog catalog = assessor.catalog();
    ReleaseInfo release = catalog.release();
    Provenance provenance = new Provenance(info.id(), info.version(), info.name().en(),
        info.organisation(), release.id(), release.version(), asOf, category, enforced, generated);
    List<Blocklist> lists = new ArrayList<>();
    for (Audience audience : audiences) {
      lists.add(blocklist(provenance, audience, assessor.assessAll(audience, category)));
    }
    List<Blocklist.Entry> resolvers = new ArrayList<>();
    for (Service s : catalog.services()) {
      if (s.kind() == ServiceKind.DNS_RESOLVER && !s.domains().isEmpty()) {
        resolvers.add(new Blocklist.Entry(s.id(), s.name(), Verdict.BLOCK, s.domains(),
            "public DNS resolver, blocked on request (--block-public-resolvers)"));
      }
    }
    return new Policy(provenance, lists, resolvers);
  }

  /**
   * This policy with the catalog's public DNS resolvers blocked for every audience: their DNS
   * over HTTPS and over TLS endpoints are reached by name, and a client that reaches them walks
   * past every DNS block. A resolver whose names cover {@code keepHost} (the organisation's own
   * DNS-over-HTTPS host) stays reachable, as does one a guideline already blocks.
   */
  public Policy withPublicResolversBlocked(@Nullable String keepHost) {
    List<Blocklist> lists = new ArrayList<>();
    for (Blocklist b : audiences) {
      Set<String> already = new HashSet<>();
      b.blocked().forEach(e -> already.add(e.service()));
      List<Blocklist.Entry> blocked = new ArrayList<>(b.blocked());
      for (Blocklist.Entry r : publicResolvers) {
        boolean keep = keepHost != null && r.domains().stream()
            .anyMatch(d -> keepHost.equals(d) || keepHost.endsWith("." + d));
        if (!keep && already.add(r.service())) {
          blocked.add(r);
        }
      }
      lists.add(new Blocklist(b.audience(), blocked, b.allowed(), b.sharingApps()));
    }
    return new Policy(provenance, lists, publicResolvers);
  }

  /** The only audience's blocklist, for formats that serve one audience per file. */
  public Blocklist only() {
    if (audiences.size() != 1) {
      throw new IllegalStateException("this policy is for " + audiences.size() + " audiences, not one");
    }
    return audiences.get(0);
  }

  private static Blocklist blocklist(Provenance provenance, Audience audience, List<Assessment> assessments) {
    List<Blocklist.Entry> blocked = new ArrayList<>();
    Set<String> blockedNames = new HashSet<>();
    for (Assessment a : assessments) {
      if (provenance.enforces(a.verdict()) && reachable(a.service())) {
        blocked.add(entry(a, because(a)));
        blockedNames.addAll(a.service().domains());
      }
    }
    List<Blocklist.Entry> allowed = new ArrayList<>();
    for (Assessment a : assessments) {
      if (provenance.enforces(a.verdict()) || a.service().domains().isEmpty()) {
        continue;
      }
      Exemption e = a.exemption();
      if (e != null && provenance.enforces(a.ruleVerdict())) {
        allowed.add(entry(a, "exception " + e.decision() + " until " + e.expires()));
      } else if (a.service().domains().stream().anyMatch(d -> below(d, blockedNames))) {
        allowed.add(entry(a, "verdict " + a.verdict().code() + " below a blocked name"));
      }
    }
    Set<String> blockedApps = new HashSet<>();
    blocked.forEach(e -> blockedApps.addAll(appKeys(e.apps())));
    List<Blocklist.Entry> sharing = new ArrayList<>();
    for (Assessment a : assessments) {
      if (!provenance.enforces(a.verdict())
          && appKeys(a.service().apps()).stream().anyMatch(blockedApps::contains)) {
        sharing.add(entry(a, "verdict " + a.verdict().code() + ", shares an app with a blocked service"));
      }
    }
    return new Blocklist(audience, blocked, allowed, sharing);
  }

  /** Every app id, with its platform: the same string may name different apps on two platforms. */
  private static Set<String> appKeys(AppIds apps) {
    Set<String> keys = new HashSet<>();
    apps.android().forEach(id -> keys.add("android:" + id));
    apps.iosBundleIds().forEach(id -> keys.add("ios:" + id));
    apps.macosBundleIds().forEach(id -> keys.add("macos:" + id));
    apps.windowsPackages().forEach(w -> keys.add("windows:" + w.familyName()));
    return keys;
  }

  private static Blocklist.Entry entry(Assessment a, String because) {
    return new Blocklist.Entry(a.service().id(), a.service().name(), a.verdict(),
        a.service().domains(), because, a.service().apps());
  }

  /** Whether an export can reach the service at all: by a name, or by an app on a device. */
  private static boolean reachable(Service s) {
    return !s.domains().isEmpty() || !s.apps().isEmpty();
  }

  private static String because(Assessment a) {
    Exemption e = a.exemption();
    if (e != null) {
      return "exception " + e.decision() + " until " + e.expires();
    }
    Rule deciding = a.deciding();
    return deciding != null ? "rule " + deciding.id() : "default verdict";
  }

  private static boolean below(String name, Set<String> blocked) {
    for (String p = Names.parent(name); p != null; p = Names.parent(p)) {
      if (blocked.contains(p)) {
        return true;
      }
    }
    return false;
  }
}
