package eu.vern.cli.catalog;

import eu.vern.catalog.AiProperties;
import eu.vern.catalog.Catalog;
import eu.vern.catalog.Exposure;
import eu.vern.catalog.Fact;
import eu.vern.catalog.Jurisdiction;
import eu.vern.catalog.Minors;
import eu.vern.catalog.Parent;
import eu.vern.catalog.Service;
import eu.vern.catalog.Source;
import eu.vern.catalog.SubProcessor;
import eu.vern.catalog.Vendor;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The readable form of {@code vern catalog show}: an officer must be able to defend every line to a
 * journalist, so each fact is followed by the numbers of the sources it rests on.
 */
final class ServiceReport {

  private final Catalog catalog;
  private final Service service;
  private final Exposure exposure;

  ServiceReport(Catalog catalog, Service service) {
    this.catalog = catalog;
    this.service = service;
    this.exposure = catalog.exposure(service);
  }

  void print(PrintWriter out) {
    out.printf("%s (%s) · %s%n", service.name(), service.id(), service.kind().code());
    out.println(service.description());
    if (service.homepage() != null) {
      out.println(service.homepage());
    }
    out.println();
    out.println("Who controls it");
    for (Vendor v : exposure.ownershipChain()) {
      out.printf(
          "  %s (%s): incorporated %s, head office %s, run from %s%s%n",
          v.name(),
          v.legalName(),
          country(v.incorporated()),
          country(v.headquarters()),
          country(v.operatedFrom()),
          refs(v.sources(), "incorporated", "headquarters", "operatedFrom", "parent"));
      if (v.parent() instanceof Parent.Unknown) {
        out.println("    owner: unknown");
      }
    }
    out.printf("  Control jurisdictions: %s%s%n", names(exposure.controlJurisdictions()),
        exposure.controlKnown() ? "" : " (the chain is not fully known)");
    out.printf("  Data jurisdictions:    %s%s%n", names(exposure.dataJurisdictions()),
        exposure.dataKnown() ? "" : " (storage or transfers not fully known)");
    out.println();
    out.println("Laws that give authorities access");
    if (exposure.laws().isEmpty()) {
      out.println("  none recorded in the catalog for these jurisdictions");
    }
    for (Exposure.ApplicableLaw al : exposure.laws()) {
      List<String> flags = new ArrayList<>();
      if (al.law().compelsIntelligenceCooperation()) {
        flags.add("compels cooperation with intelligence services");
      }
      if (al.law().extraterritorial()) {
        flags.add("reaches data held abroad");
      }
      List<String> via = new ArrayList<>();
      if (al.viaControl()) {
        via.add("control");
      }
      if (al.viaData()) {
        via.add("data");
      }
      out.printf(
          "  %s [%s] (%s) — applies through %s%n",
          al.law().name(),
          al.law().jurisdiction(),
          flags.isEmpty() ? "no special flags" : String.join("; ", flags),
          String.join(" and ", via));
    }
    out.println();
    out.println("Facts");
    fact(out, "domains", service.domains().isEmpty() ? "none listed" : String.join(", ", service.domains()), "domains");
    if (!service.apps().isEmpty()) {
      List<String> apps = new ArrayList<>();
      service.apps().android().forEach(a -> apps.add("Android " + a));
      service.apps().iosAppStoreIds().forEach(a -> apps.add("App Store id " + a));
      service.apps().iosBundleIds().forEach(a -> apps.add("iOS " + a));
      service.apps().macosBundleIds().forEach(a -> apps.add("macOS " + a));
      service.apps().windowsPackages().forEach(a -> apps.add("Windows " + a.familyName()));
      fact(out, "apps", String.join(", ", apps), "apps");
    }
    fact(out, "storage", countries(service.storage()), "storage");
    fact(out, "transfers", countries(service.transfers()), "transfers");
    fact(out, "sub-processors", service.subProcessors() instanceof Fact.Known<List<SubProcessor>>(var list)
        ? list.isEmpty() ? "none" : list.stream().map(p -> p.name() + " (" + p.country() + ", " + p.purpose() + ")").collect(Collectors.joining("; "))
        : "unknown", "subProcessors");
    fact(out, "end-to-end encryption", service.endToEndEncryption().code(), "endToEndEncryption");
    fact(out, "open source", service.openSource() instanceof Fact.Known<eu.vern.catalog.OpenSource>(var os)
        ? os.level().code() + (os.licence() == null ? "" : " (" + os.licence() + ")") : "unknown", "openSource");
    fact(out, "self-hostable", service.selfHostable().code(), "selfHostable");
    fact(out, "export formats", list(service.exportFormats()), "exportFormats");
    fact(out, "accessibility", service.accessibility() instanceof Fact.Known<eu.vern.catalog.Accessibility>(var a)
        ? a.conformance() + (a.statement() == null ? ", no statement" : ", statement " + a.statement()) : "unknown", "accessibility");
    fact(out, "certifications", list(service.certifications()), "certifications");
    AiProperties ai = service.ai();
    if (ai != null) {
      fact(out, "AI model provider", ai.modelProvider().orElse("unknown"), "ai.modelProvider");
      fact(out, "AI open weights", ai.openWeights().code(), "ai.openWeights");
      fact(out, "AI trains on input", ai.trainsOnInput().code(), "ai.trainsOnInput");
      fact(out, "AI censorship", ai.censorship().code(), "ai.censorship");
    }
    Minors m = service.minors();
    fact(out, "minimum age", age(m.minimumAge()), "minors.minimumAge");
    fact(out, "parental consent below", m.parentalConsentBelow().orElse(-1) == 0 ? "none required" : age(m.parentalConsentBelow()), "minors.parentalConsentBelow");
    fact(out, "education agreement", m.educationAgreement().code(), "minors.educationAgreement");
    fact(out, "profiles minors", m.profilesMinors().code(), "minors.profilesMinors");
    if (!service.alternatives().isEmpty()) {
      out.println();
      out.println("Alternatives");
      for (String alt : service.alternatives()) {
        String name = catalog.service(alt).map(Service::name).orElse(alt);
        out.printf("  %s (%s)%n", name, alt);
      }
    }
    out.println();
    out.println("Sources");
    List<Source> sources = service.sources();
    for (int i = 0; i < sources.size(); i++) {
      Source s = sources.get(i);
      out.printf("  [%d] %s (checked %s)%n      %s%n", i + 1, s.url(), s.checked(), s.note());
    }
    for (Vendor v : exposure.ownershipChain()) {
      for (int i = 0; i < v.sources().size(); i++) {
        Source s = v.sources().get(i);
        out.printf("  [%s %d] %s (checked %s)%n      %s%n", v.id(), i + 1, s.url(), s.checked(), s.note());
      }
    }
  }

  private void fact(PrintWriter out, String label, String value, String path) {
    out.printf("  %-24s %s%s%n", label, value, refs(service.sources(), path));
  }

  private static String refs(List<Source> sources, String... paths) {
    List<String> numbers = new ArrayList<>();
    for (int i = 0; i < sources.size(); i++) {
      for (String p : paths) {
        if (sources.get(i).supports(p)) {
          numbers.add(String.valueOf(i + 1));
          break;
        }
      }
    }
    return numbers.isEmpty() ? "" : " [" + String.join(", ", numbers) + "]";
  }

  private String names(List<String> codes) {
    if (codes.isEmpty()) {
      return "none";
    }
    return codes.stream()
        .map(c -> c + " (" + catalog.jurisdiction(c).map(Jurisdiction::name).map(n -> n.en()).orElse(c) + ")")
        .collect(Collectors.joining(", "));
  }

  private String countries(Fact<List<String>> fact) {
    return fact instanceof Fact.Known<List<String>>(List<String> codes)
        ? codes.isEmpty() ? "none stated" : names(codes)
        : "unknown";
  }

  private String country(Fact<String> fact) {
    return fact.orElse("unknown");
  }

  private static String list(Fact<List<String>> fact) {
    return fact instanceof Fact.Known<List<String>>(List<String> values)
        ? values.isEmpty() ? "none" : String.join(", ", values)
        : "unknown";
  }

  private static String age(Fact<Integer> age) {
    return age instanceof Fact.Known<Integer>(Integer years) ? years + " years" : "unknown";
  }
}
