package eu.vern.cli.catalog;

import eu.vern.catalog.AppIds;
import eu.vern.catalog.Catalog;
import eu.vern.catalog.Fact;
import eu.vern.catalog.Parent;
import eu.vern.catalog.Service;
import eu.vern.catalog.Vendor;
import eu.vern.cli.CatalogOptions;
import eu.vern.cli.ExitCode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code vern catalog lint}: checks the catalog and overlays and prints every problem at once
 * (exit 2), or a summary of what was checked and how much is still unknown (exit 0).
 */
@Command(
    name = "lint",
    mixinStandardHelpOptions = true,
    description = "Check the catalog and overlays: format, references, ownership cycles, duplicated names, facts without sources.")
final class LintCommand implements Callable<Integer> {

  @Mixin CatalogOptions catalogOptions = new CatalogOptions();

  @Spec CommandSpec spec = CommandSpec.create();

  @Override
  public Integer call() {
    Catalog catalog = catalogOptions.load();
    PrintWriter out = spec.commandLine().getOut();
    long unknownStorage = catalog.services().stream().filter(s -> !s.storage().isKnown()).count();
    long unknownControl =
        catalog.services().stream().filter(s -> !catalog.exposure(s).controlKnown()).count();
    long sources =
        catalog.services().stream().mapToLong(s -> s.sources().size()).sum()
            + catalog.vendors().stream().mapToLong(v -> v.sources().size()).sum()
            + catalog.jurisdictions().stream().mapToLong(j -> j.sources().size()).sum()
            + catalog.laws().stream().mapToLong(l -> l.sources().size()).sum();
    out.printf(
        "catalog %s %s is valid: %d services, %d vendors, %d jurisdictions, %d laws, %d sources, %d names indexed.%n",
        catalog.release().id(),
        catalog.release().version(),
        catalog.services().size(),
        catalog.vendors().size(),
        catalog.jurisdictions().size(),
        catalog.laws().size(),
        sources,
        catalog.domains().size());
    out.printf(
        "Still unknown: storage location of %d services, full ownership chain of %d services.%n",
        unknownStorage, unknownControl);
    long noDomains = catalog.services().stream().map(Service::domains).filter(d -> d.isEmpty()).count();
    if (noDomains > 0) {
      out.printf("%d services list no domain, so DNS and proxy rules cannot reach them.%n", noDomains);
    }
    List<String> shared = sharedApps(catalog);
    if (!shared.isEmpty()) {
      out.printf("%d apps belong to more than one service; app exports leave such an app installed while"
          + " any of its services is usable, so check that each is meant: %s.%n", shared.size(), String.join("; ", shared));
    }
    List<String> unused = unusedVendors(catalog);
    if (!unused.isEmpty()) {
      out.printf("%d vendors are neither the vendor nor the model provider of any service, nor the owner of"
          + " another vendor, so no verdict reads them: %s.%n", unused.size(), String.join(", ", unused));
    }
    return ExitCode.OK;
  }

  /**
   * Vendors nothing points to: left behind when a service was removed or an owner turned out to be
   * unsourced, their facts are kept up to date for nobody.
   */
  private static List<String> unusedVendors(Catalog catalog) {
    Set<String> used = new HashSet<>();
    for (Service s : catalog.services()) {
      used.add(s.vendor());
      if (s.ai() != null && s.ai().modelProvider() instanceof Fact.Known<String>(String provider)) {
        used.add(provider);
      }
    }
    for (Vendor v : catalog.vendors()) {
      if (v.parent() instanceof Parent.Company(String owner)) {
        used.add(owner);
      }
    }
    return catalog.vendors().stream().map(Vendor::id).filter(id -> !used.contains(id)).sorted().toList();
  }

  /** "android com.example.app (a, b)" for every app id that more than one service lists. */
  private static List<String> sharedApps(Catalog catalog) {
    Map<String, List<String>> services = new TreeMap<>();
    for (Service s : catalog.services()) {
      AppIds apps = s.apps();
      apps.android().forEach(id -> add(services, "android " + id, s.id()));
      apps.iosBundleIds().forEach(id -> add(services, "iOS " + id, s.id()));
      apps.macosBundleIds().forEach(id -> add(services, "macOS " + id, s.id()));
      apps.windowsPackages().forEach(w -> add(services, "Windows " + w.familyName(), s.id()));
    }
    List<String> shared = new ArrayList<>();
    services.forEach((app, ids) -> {
      if (ids.size() > 1) {
        shared.add(app + " (" + String.join(", ", ids) + ")");
      }
    });
    return shared;
  }

  private static void add(Map<String, List<String>> services, String app, String service) {
    services.computeIfAbsent(app, k -> new ArrayList<>()).add(service);
  }
}
