package eu.vern.cli;

import eu.vern.catalog.Catalog;
import eu.vern.catalog.CatalogException;
import eu.vern.catalog.CatalogLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** {@code --catalog DIR} and {@code --overlay DIR}..., shared by every command that reads the catalog. */
public final class CatalogOptions {

  @Option(
      names = "--catalog",
      paramLabel = "DIR",
      description = "Catalog directory (default: the shipped catalog).")
  @Nullable Path catalog;

  @Option(
      names = "--overlay",
      paramLabel = "DIR",
      description = "Overlay directory with the organisation's own entries; repeatable, later ones win.")
  List<Path> overlays = new ArrayList<>();

  /** The overlay directories, in the order given. */
  public List<Path> overlays() {
    return List.copyOf(overlays);
  }

  /** The catalog directory to read: the option, else {@code catalog/} of Vern's home. */
  public Path catalogDir() {
    return catalog != null ? catalog : VernHome.locate().resolve("catalog");
  }

  /**
   * Loads the catalog with its overlays.
   *
   * @throws BadInputException listing every problem, formatted with file, line and field
   */
  public Catalog load() {
    try {
      return CatalogLoader.load(catalogDir(), overlays);
    } catch (CatalogException e) {
      throw BadInputException.of(e.problems(), "in the catalog; nothing was changed.");
    }
  }
}
