package eu.vern.cli.catalog;

import eu.vern.catalog.Catalog;
import eu.vern.catalog.Service;
import eu.vern.catalog.json.CatalogJson;
import eu.vern.cli.BadInputException;
import eu.vern.cli.CatalogOptions;
import eu.vern.cli.ExitCode;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vern catalog show ID}: one service with every fact, the laws that apply, and sources. */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description = "Show one service: its facts, who controls it, the laws that apply, and the source of each fact.")
final class ShowCommand implements Callable<Integer> {

  @Mixin CatalogOptions catalogOptions = new CatalogOptions();

  @Parameters(paramLabel = "ID", description = "The service id, e.g. deepseek.")
  String id = "";

  @Option(names = "--json", description = "Print the full record as JSON (docs/json.md).")
  boolean json;

  @Spec CommandSpec spec = CommandSpec.create();

  @Override
  public Integer call() {
    Catalog catalog = catalogOptions.load();
    Service service =
        catalog.service(id).orElseThrow(() -> new BadInputException(notFound(catalog, id)));
    if (json) {
      CatalogJson writer = new CatalogJson(catalog);
      spec.commandLine().getOut().println(writer.write(writer.show(service)));
    } else {
      new ServiceReport(catalog, service).print(spec.commandLine().getOut());
    }
    return ExitCode.OK;
  }

  static String notFound(Catalog catalog, String id) {
    String wanted = id.toLowerCase(Locale.ROOT);
    List<String> close =
        catalog.services().stream()
            .filter(s -> s.id().contains(wanted) || wanted.contains(s.id())
                || s.name().toLowerCase(Locale.ROOT).contains(wanted)
                || distance(s.id(), wanted) <= 2)
            .sorted(Comparator.comparingInt(s -> distance(s.id(), wanted)))
            .limit(5)
            .map(Service::id)
            .toList();
    return "no service '" + id + "' in the catalog"
        + (close.isEmpty() ? "; 'vern catalog list' shows every id" : "; did you mean: " + String.join(", ", close) + "?");
  }

  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
