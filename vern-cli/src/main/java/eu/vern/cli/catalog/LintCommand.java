package eu.vern.cli.catalog;

import eu.vern.catalog.Catalog;
import eu.vern.catalog.Service;
import eu.vern.cli.CatalogOptions;
import eu.vern.cli.ExitCode;
import java.io.PrintWriter;
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
    return ExitCode.OK;
  }
}
