package eu.vern.catalog;

import eu.vern.catalog.yaml.Problems;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A validated catalog: every reference resolves, every known fact has a source, no two services
 * claim the same name. Holds the derived {@link Exposure} of each service and the {@link
 * DomainIndex}. Immutable; safe to share between threads.
 */
public final class Catalog {

  private final ReleaseInfo release;
  private final Map<String, Service> services;
  private final Map<String, Vendor> vendors;
  private final Map<String, Jurisdiction> jurisdictions;
  private final Map<String, Law> laws;
  private final Map<String, Exposure> exposures;
  private final DomainIndex domains;

  private Catalog(
      ReleaseInfo release,
      Map<String, Service> services,
      Map<String, Vendor> vendors,
      Map<String, Jurisdiction> jurisdictions,
      Map<String, Law> laws,
      Map<String, Service> domainOwners) {
    this.release = release;
    this.services = services;
    this.vendors = vendors;
    this.jurisdictions = jurisdictions;
    this.laws = laws;
    Map<String, Exposure> derived = new HashMap<>();
    for (Service s : services.values()) {
      derived.put(s.id(), derive(s));
    }
    this.exposures = Map.copyOf(derived);
    this.domains = new SuffixIndex(domainOwners);
  }

  /**
   * Builds a catalog from entries made in code (tests, benchmarks, other modules' fixtures),
   * running the same checks as loading from files.
   *
   * @throws CatalogException with every problem found
   */
  public static Catalog of(
      ReleaseInfo release,
      Collection<Service> services,
      Collection<Vendor> vendors,
      Collection<Jurisdiction> jurisdictions,
      Collection<Law> laws)
      throws CatalogException {
    Problems problems = new Problems();
    Reporter reporter =
        (kind, id, field, message) -> problems.add(kind + "/" + id, field, message);
    return build(
        release,
        byId("services", services, Service::id, problems),
        byId("vendors", vendors, Vendor::id, problems),
        byId("jurisdictions", jurisdictions, Jurisdiction::code, problems),
        byId("laws", laws, Law::id, problems),
        reporter,
        problems);
  }

  static Catalog build(
      ReleaseInfo release,
      Map<String, Service> services,
      Map<String, Vendor> vendors,
      Map<String, Jurisdiction> jurisdictions,
      Map<String, Law> laws,
      Reporter reporter,
      Problems problems)
      throws CatalogException {
    new CatalogValidator(services, vendors, jurisdictions, laws, reporter).validate();
    Map<String, Service> owners = new HashMap<>();
    for (Service s : new TreeMap<>(services).values()) {
      for (String domain : s.domains()) {
        Service previous = owners.putIfAbsent(domain, s);
        if (previous == null) {
          continue;
        }
        if (previous.id().equals(s.id())) {
          reporter.report("services", s.id(), "domains", "'" + domain + "' is listed twice");
        } else {
          // Either claim may be the wrong one, so both files hear of it.
          for (Service[] pair : new Service[][] {{s, previous}, {previous, s}}) {
            reporter.report(
                "services",
                pair[0].id(),
                "domains",
                "'" + domain + "' is also claimed by service '" + pair[1].id()
                    + "'; a name belongs to one service");
          }
        }
      }
    }
    problems.throwIfAny();
    return new Catalog(
        release,
        sorted(services),
        sorted(vendors),
        sorted(jurisdictions),
        sorted(laws),
        owners);
  }

  public ReleaseInfo release() {
    return release;
  }

  /** All services, ordered by id. */
  public List<Service> services() {
    return List.copyOf(services.values());
  }

  public Optional<Service> service(String id) {
    return Optional.ofNullable(services.get(id));
  }

  /** All vendors, ordered by id. */
  public List<Vendor> vendors() {
    return List.copyOf(vendors.values());
  }

  public Optional<Vendor> vendor(String id) {
    return Optional.ofNullable(vendors.get(id));
  }

  /** All jurisdictions, ordered by code. */
  public List<Jurisdiction> jurisdictions() {
    return List.copyOf(jurisdictions.values());
  }

  public Optional<Jurisdiction> jurisdiction(String code) {
    return Optional.ofNullable(jurisdictions.get(code));
  }

  /** All laws, ordered by id. */
  public List<Law> laws() {
    return List.copyOf(laws.values());
  }

  public Optional<Law> law(String id) {
    return Optional.ofNullable(laws.get(id));
  }

  /**
   * The derived exposure of a service of this catalog.
   *
   * @throws IllegalArgumentException when the service is not in this catalog
   */
  public Exposure exposure(Service service) {
    Exposure e = exposures.get(service.id());
    if (e == null) {
      throw new IllegalArgumentException("service not in this catalog: " + service.id());
    }
    return e;
  }

  public DomainIndex domains() {
    return domains;
  }

  private Exposure derive(Service s) {
    List<Vendor> chain = new ArrayList<>();
    boolean controlKnown = true;
    Vendor v = vendors.get(s.vendor());
    while (v != null && !chain.contains(v)) {
      chain.add(v);
      controlKnown &= v.controlKnown();
      switch (v.parent()) {
        case Parent.Company(String parent) -> v = vendors.get(parent);
        case Parent.None ignored -> v = null;
        case Parent.Unknown ignored -> {
          controlKnown = false;
          v = null;
        }
      }
    }
    if (chain.isEmpty()) {
      controlKnown = false;
    }
    TreeSet<String> control = new TreeSet<>();
    chain.forEach(c -> control.addAll(c.countries()));
    TreeSet<String> data = new TreeSet<>();
    data.addAll(s.storage().orElse(List.of()));
    data.addAll(s.transfers().orElse(List.of()));
    List<Exposure.ApplicableLaw> applicable = new ArrayList<>();
    for (Law law : laws.values()) {
      boolean viaControl = control.contains(law.jurisdiction());
      boolean viaData = data.contains(law.jurisdiction());
      if (viaControl || viaData) {
        applicable.add(new Exposure.ApplicableLaw(law, viaControl, viaData));
      }
    }
    return new Exposure(
        chain,
        List.copyOf(control),
        controlKnown,
        List.copyOf(data),
        s.storage().isKnown() && s.transfers().isKnown(),
        applicable);
  }

  /** Entries by id; a second entry with the same id is a problem, not a silent replacement. */
  private static <T> Map<String, T> byId(String kind, Collection<T> entries,
      java.util.function.Function<T, String> id, Problems problems) {
    Map<String, T> map = new HashMap<>();
    for (T e : entries) {
      if (map.putIfAbsent(id.apply(e), e) != null) {
        problems.add(kind + "/" + id.apply(e), "id", "two entries have this id; ids must be unique");
      }
    }
    return map;
  }

  private static <T> Map<String, T> sorted(Map<String, T> map) {
    return java.util.Collections.unmodifiableMap(new TreeMap<>(map));
  }
}
