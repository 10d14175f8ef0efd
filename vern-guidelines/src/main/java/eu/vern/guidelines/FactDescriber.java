package eu.vern.guidelines;

import eu.vern.catalog.Catalog;
import eu.vern.catalog.Exposure;
import eu.vern.catalog.Fact;
import eu.vern.catalog.Jurisdiction;
import eu.vern.catalog.Law;
import eu.vern.catalog.Service;
import eu.vern.catalog.Source;
import eu.vern.catalog.Vendor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a model path a rule read ({@code service.laws}, {@code service.ai.trainsOnInput}, {@code
 * audience.youngestAge}) into the value for one service and audience and the catalog sources it
 * rests on. Derived facts cite what they are derived from: the laws cite their own sources and the
 * vendor or storage sources that make them apply.
 */
final class FactDescriber {

  private final Catalog catalog;

  FactDescriber(Catalog catalog) {
    this.catalog = catalog;
  }

  Explanation.FactUsed describe(String path, Service s, Audience audience, DataCategory category,
      Map<String, Object> serviceView) {
    Exposure e = catalog.exposure(s);
    List<Source> sources = new ArrayList<>();
    String value;
    switch (path) {
      case "service.laws" -> {
        List<String> parts = new ArrayList<>();
        for (Exposure.ApplicableLaw al : e.laws()) {
          Law law = al.law();
          parts.add(String.format(Locale.ROOT, "%s [%s]%s%s, applies through %s",
              law.name(), law.jurisdiction(),
              law.compelsIntelligenceCooperation() ? ", compels cooperation with intelligence services" : "",
              law.extraterritorial() ? ", reaches data held abroad" : "",
              al.viaControl() && al.viaData() ? "control and data" : al.viaControl() ? "control" : "data"));
          sources.addAll(law.sources());
          if (al.viaControl()) {
            e.ownershipChain().forEach(v -> sources.addAll(v.sources()));
          }
          if (al.viaData()) {
            sources.addAll(s.sourcesFor("storage"));
            sources.addAll(s.sourcesFor("transfers"));
          }
        }
        value = parts.isEmpty() ? "none" : String.join("; ", parts);
      }
      case "service.control", "service.controlKnown", "service.vendors" -> {
        List<String> parts = new ArrayList<>();
        for (Vendor v : e.ownershipChain()) {
          parts.add(String.format(Locale.ROOT, "%s (incorporated %s, head office %s, run from %s)",
              v.name(), v.incorporated().orElse("unknown"), v.headquarters().orElse("unknown"),
              v.operatedFrom().orElse("unknown")));
          sources.addAll(v.sources());
        }
        value = String.join(" → ", parts) + "; control jurisdictions: "
            + codes(e.controlJurisdictions()) + (e.controlKnown() ? "" : " (chain not fully known)");
      }
      case "service.data", "service.dataKnown" -> {
        sources.addAll(s.sourcesFor("storage"));
        sources.addAll(s.sourcesFor("transfers"));
        List<String> parts = new ArrayList<>();
        for (String code : e.dataJurisdictions()) {
          catalog.jurisdiction(code).ifPresent(j -> sources.addAll(j.sources()));
          parts.add(code + catalog.jurisdiction(code).map(FactDescriber::status).orElse(""));
        }
        value = (parts.isEmpty() ? "none" : String.join(", ", parts))
            + (e.dataKnown() ? "" : " (storage or transfers not fully known)");
      }
      case "service.storage", "service.storageKnown" -> {
        sources.addAll(s.sourcesFor("storage"));
        value = list(s.storage());
      }
      case "service.transfers", "service.transfersKnown" -> {
        sources.addAll(s.sourcesFor("transfers"));
        value = list(s.transfers());
      }
      case "service.minors.minimumAge", "service.minors.minimumAgeKnown" -> {
        sources.addAll(s.sourcesFor("minors.minimumAge"));
        value = s.minors().minimumAge().isKnown() ? s.minors().minimumAge().orElse(0) + " years" : "unknown";
      }
      case "service.minors.parentalConsentBelow", "service.minors.parentalConsentKnown" -> {
        sources.addAll(s.sourcesFor("minors.parentalConsentBelow"));
        value = s.minors().parentalConsentBelow().isKnown()
            ? s.minors().parentalConsentBelow().orElse(0) + " years" : "unknown";
      }
      case "service.hasApps" -> {
        sources.addAll(s.sourcesFor("apps"));
        value = String.valueOf(serviceView.get("hasApps"));
      }
      case "service.accessibilityStatement" -> {
        sources.addAll(s.sourcesFor("accessibility"));
        value = String.valueOf(serviceView.get("accessibilityStatement"));
      }
      case "dataCategory" -> value = category.code();
      default -> {
        if (path.startsWith("audience.")) {
          value = String.valueOf(RuleModel.audience(audience).get(path.substring("audience.".length())));
        } else {
          String fact = path.substring("service.".length());
          sources.addAll(s.sourcesFor(fact));
          value = String.valueOf(lookup(serviceView, fact));
        }
      }
    }
    return new Explanation.FactUsed(path, value, sources.stream().distinct().toList());
  }

  private static String status(Jurisdiction j) {
    return j.euEea() ? " (EU/EEA)" : " (outside the EU/EEA, adequacy: " + j.adequacy().status().code() + ")";
  }

  private static Object lookup(Map<String, Object> view, String dotted) {
    Object current = view;
    for (String part : dotted.split("\\.")) {
      if (!(current instanceof Map<?, ?> map)) {
        return "unknown";
      }
      Object next = map.get(part);
      current = next == null ? "unknown" : next;
    }
    return current;
  }

  private static String list(Fact<List<String>> fact) {
    return fact instanceof Fact.Known<List<String>>(List<String> codes)
        ? codes.isEmpty() ? "none" : String.join(", ", codes)
        : "unknown";
  }

  private static String codes(List<String> codes) {
    return codes.isEmpty() ? "none" : String.join(", ", codes);
  }
}
