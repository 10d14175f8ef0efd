package eu.vern.catalog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checks that need the whole catalog: references between entries, ownership cycles, country
 * codes without a jurisdiction, and known facts without a source.
 */
final class CatalogValidator {

  private final Map<String, Service> services;
  private final Map<String, Vendor> vendors;
  private final Map<String, Jurisdiction> jurisdictions;
  private final Map<String, Law> laws;
  private final Reporter reporter;

  CatalogValidator(
      Map<String, Service> services,
      Map<String, Vendor> vendors,
      Map<String, Jurisdiction> jurisdictions,
      Map<String, Law> laws,
      Reporter reporter) {
    this.services = services;
    this.vendors = vendors;
    this.jurisdictions = jurisdictions;
    this.laws = laws;
    this.reporter = reporter;
  }

  void validate() {
    services.values().forEach(this::checkService);
    vendors.values().forEach(this::checkVendor);
    jurisdictions.values().forEach(this::checkJurisdiction);
    laws.values().forEach(this::checkLaw);
    checkOwnershipCycles();
  }

  private void checkService(Service s) {
    String kind = "services";
    if (!s.vendor().isEmpty() && !vendors.containsKey(s.vendor())) {
      reporter.report(kind, s.id(), "vendor", "no vendor '" + s.vendor() + "' in the catalog");
    }
    for (String alt : s.alternatives()) {
      if (alt.equals(s.id())) {
        reporter.report(kind, s.id(), "alternatives", "a service is not its own alternative");
      } else if (!services.containsKey(alt)) {
        reporter.report(kind, s.id(), "alternatives", "no service '" + alt + "' in the catalog");
      }
    }
    if (s.ai() != null && s.ai().modelProvider() instanceof Fact.Known<String>(String provider)
        && !vendors.containsKey(provider)) {
      reporter.report(
          kind, s.id(), "ai.modelProvider", "no vendor '" + provider + "' in the catalog");
    }
    checkCountries(kind, s.id(), "storage", s.storage().orElse(List.of()));
    checkCountries(kind, s.id(), "transfers", s.transfers().orElse(List.of()));
    for (SubProcessor p : s.subProcessors().orElse(List.of())) {
      checkCountries(kind, s.id(), "subProcessors", List.of(p.country()));
    }
    requireSources(kind, s, "domains", !s.domains().isEmpty());
    requireSources(kind, s, "apps", !s.apps().isEmpty());
    requireSources(kind, s, "storage", s.storage().isKnown());
    requireSources(kind, s, "transfers", s.transfers().isKnown());
    requireSources(kind, s, "subProcessors", s.subProcessors().isKnown());
    requireSources(
        kind, s, "endToEndEncryption", s.endToEndEncryption() != Encryption.UNKNOWN);
    requireSources(kind, s, "openSource", s.openSource().isKnown());
    requireSources(kind, s, "selfHostable", s.selfHostable() != Tristate.UNKNOWN);
    requireSources(kind, s, "exportFormats", s.exportFormats().isKnown());
    requireSources(kind, s, "accessibility", s.accessibility().isKnown());
    requireSources(kind, s, "certifications", s.certifications().isKnown());
    AiProperties ai = s.ai();
    if (ai != null) {
      requireSources(kind, s, "ai.modelProvider", ai.modelProvider().isKnown());
      requireSources(kind, s, "ai.openWeights", ai.openWeights() != OpenWeights.UNKNOWN);
      requireSources(kind, s, "ai.trainsOnInput", ai.trainsOnInput() != TrainsOnInput.UNKNOWN);
      requireSources(kind, s, "ai.censorship", ai.censorship() != Censorship.UNKNOWN);
    }
    Minors m = s.minors();
    requireSources(kind, s, "minors.minimumAge", m.minimumAge().isKnown());
    requireSources(kind, s, "minors.parentalConsentBelow", m.parentalConsentBelow().isKnown());
    requireSources(
        kind, s, "minors.educationAgreement", m.educationAgreement() != Tristate.UNKNOWN);
    requireSources(kind, s, "minors.profilesMinors", m.profilesMinors() != Tristate.UNKNOWN);
  }

  private void checkVendor(Vendor v) {
    String kind = "vendors";
    if (v.parent() instanceof Parent.Company(String parent)) {
      if (parent.equals(v.id())) {
        reporter.report(kind, v.id(), "parent", "a vendor cannot be its own parent");
      } else if (!vendors.containsKey(parent)) {
        reporter.report(kind, v.id(), "parent", "no vendor '" + parent + "' in the catalog");
      }
    }
    checkCountries(kind, v.id(), "incorporated", asList(v.incorporated()));
    checkCountries(kind, v.id(), "headquarters", asList(v.headquarters()));
    checkCountries(kind, v.id(), "operatedFrom", asList(v.operatedFrom()));
    requireSources(kind, v, "incorporated", v.incorporated().isKnown());
    requireSources(kind, v, "headquarters", v.headquarters().isKnown());
    requireSources(kind, v, "operatedFrom", v.operatedFrom().isKnown());
    requireSources(kind, v, "parent", !(v.parent() instanceof Parent.Unknown));
    requireSources(kind, v, "listed", v.listed() != Tristate.UNKNOWN);
    requireSources(kind, v, "stateOwned", v.stateOwned() != Tristate.UNKNOWN);
  }

  private void checkJurisdiction(Jurisdiction j) {
    requireSources("jurisdictions", j.code(), j, "euEea", true);
    requireSources("jurisdictions", j.code(), j, "adequacy", true);
    if (j.euEea() && j.adequacy().status() != AdequacyStatus.NOT_APPLICABLE) {
      reporter.report(
          "jurisdictions",
          j.code(),
          "adequacy.status",
          "an EU/EEA jurisdiction needs no adequacy decision; write not-applicable");
    }
  }

  private void checkLaw(Law l) {
    checkCountries("laws", l.id(), "jurisdiction", List.of(l.jurisdiction()));
    requireSources("laws", l.id(), l, "extraterritorial", true);
    requireSources("laws", l.id(), l, "compelsIntelligenceCooperation", true);
  }

  private void checkOwnershipCycles() {
    Set<String> reported = new HashSet<>();
    for (Vendor start : vendors.values()) {
      List<String> path = new ArrayList<>();
      @org.jspecify.annotations.Nullable Vendor v = start;
      while (v != null && v.parent() instanceof Parent.Company(String parent)) {
        path.add(v.id());
        int seen = path.indexOf(parent);
        if (seen >= 0) {
          List<String> cycle = new ArrayList<>(path.subList(seen, path.size()));
          if (reported.add(cycle.stream().sorted().toList().toString())) {
            cycle.add(parent);
            reporter.report(
                "vendors",
                parent,
                "parent",
                "the ownership chain is a cycle: " + String.join(" → ", cycle));
          }
          break;
        }
        v = vendors.get(parent);
      }
    }
  }

  private void checkCountries(String kind, String id, String field, List<String> codes) {
    for (String code : codes) {
      if (EntryReader.COUNTRY.matcher(code).matches() && !jurisdictions.containsKey(code)) {
        reporter.report(
            kind,
            id,
            field,
            "no jurisdiction '"
                + code
                + "' in the catalog; add jurisdictions/"
                + code.toLowerCase(java.util.Locale.ROOT)
                + ".yaml or correct the code");
      }
    }
  }

  private static List<String> asList(Fact<String> country) {
    return country instanceof Fact.Known<String>(String code) ? List.of(code) : List.of();
  }

  private void requireSources(String kind, Service s, String fact, boolean known) {
    requireSources(kind, s.id(), s, fact, known);
  }

  private void requireSources(String kind, Vendor v, String fact, boolean known) {
    requireSources(kind, v.id(), v, fact, known);
  }

  private void requireSources(
      String kind, String id, Sourced entry, String fact, boolean known) {
    if (known && entry.sourcesFor(fact).isEmpty()) {
      reporter.report(
          kind,
          id,
          fact,
          "this fact has no source; add a source whose 'about' names '"
              + fact
              + "', or write unknown");
    }
  }
}
