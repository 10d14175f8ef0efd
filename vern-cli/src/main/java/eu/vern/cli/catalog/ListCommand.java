package eu.vern.cli.catalog;

import eu.vern.catalog.Catalog;
import eu.vern.catalog.Exposure;
import eu.vern.catalog.Service;
import eu.vern.catalog.ServiceKind;
import eu.vern.catalog.json.CatalogJson;
import eu.vern.cli.CatalogOptions;
import eu.vern.cli.ExitCode;
import eu.vern.cli.Table;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code vern catalog list}: every service with who controls it and where its data goes. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = "List the services of the catalog with their control and data jurisdictions.")
final class ListCommand implements Callable<Integer> {

  @Mixin CatalogOptions catalogOptions = new CatalogOptions();

  @Option(names = "--json", description = "Print a JSON array (docs/json.md).")
  boolean json;

  @Option(names = "--kind", paramLabel = "KIND", description = "Only services of this kind, e.g. ai-assistant.")
  @Nullable String kind;

  @Spec CommandSpec spec = CommandSpec.create();

  @Override
  public Integer call() {
    Catalog catalog = catalogOptions.load();
    List<Service> services = catalog.services();
    if (kind != null) {
      ServiceKind wanted = Kinds.parse(kind);
      services = services.stream().filter(s -> s.kind() == wanted).toList();
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      CatalogJson writer = new CatalogJson(catalog);
      out.println(writer.write(writer.list(services)));
      return ExitCode.OK;
    }
    Table table = new Table("ID", "NAME", "KIND", "VENDOR", "CONTROL", "DATA");
    for (Service s : services) {
      Exposure e = catalog.exposure(s);
      table.row(
          s.id(),
          s.name(),
          s.kind().code(),
          s.vendor(),
          Jurisdictions.describe(e.controlJurisdictions(), e.controlKnown()),
          Jurisdictions.describe(e.dataJurisdictions(), e.dataKnown()));
    }
    table.print(out);
    out.printf(
        "%n%d services · catalog %s %s · CONTROL: countries of the vendor and its owners · "
            + "DATA: storage and transfer countries · '?' marks a chain or list that is not fully known%n",
        services.size(),
        catalog.release().id(),
        catalog.release().version());
    return ExitCode.OK;
  }
}
