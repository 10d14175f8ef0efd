package eu.vern.catalog;

import eu.vern.catalog.yaml.YamlDocument;
import eu.vern.catalog.yaml.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Loads a catalog directory and any number of overlay directories (later ones win by id) and
 * checks everything {@code docs/catalog-format.md} promises. Every problem is collected, each with
 * file, line, column and field, and thrown together in one {@link CatalogException}.
 *
 * {@snippet :
 * Catalog catalog = CatalogLoader.load(Path.of("catalog"), List.of(Path.of("local-overlay")));
 * Service deepseek = catalog.service("deepseek").orElseThrow();
 * List<String> control = catalog.exposure(deepseek).controlJurisdictions(); // [CN]
 * }
 */
public final class CatalogLoader {

  private static final String SERVICES = "services";
  private static final String VENDORS = "vendors";
  private static final String JURISDICTIONS = "jurisdictions";
  private static final String LAWS = "laws";

  private final Problems problems = new Problems();
  private final Map<String, Located<Service>> services = new HashMap<>();
  private final Map<String, Located<Vendor>> vendors = new HashMap<>();
  private final Map<String, Located<Jurisdiction>> jurisdictions = new HashMap<>();
  private final Map<String, Located<Law>> laws = new HashMap<>();

  private CatalogLoader() {}

  /**
   * Loads {@code catalogDir} (which must hold {@code catalog.yaml}) and then each overlay.
   *
   * @throws CatalogException with every problem found in the files or between them
   */
  public static Catalog load(Path catalogDir, List<Path> overlays) throws CatalogException {
    return new CatalogLoader().run(catalogDir, overlays);
  }

  private Catalog run(Path catalogDir, List<Path> overlays) throws CatalogException {
    ReleaseInfo release = readRelease(catalogDir);
    readLayer(catalogDir);
    for (Path overlay : overlays) {
      if (!Files.isDirectory(overlay)) {
        problems.add(display(overlay), "", "the overlay directory does not exist");
        continue;
      }
      readLayer(overlay);
    }
    problems.throwIfAny();
    Reporter reporter =
        (kind, id, field, message) -> {
          Located<?> located =
              switch (kind) {
                case SERVICES -> services.get(id);
                case VENDORS -> vendors.get(id);
                case JURISDICTIONS -> jurisdictions.get(id);
                default -> laws.get(id);
              };
          if (located == null) {
            problems.add(kind + "/" + id, field, message);
          } else {
            located.problem(field, message);
          }
        };
    return Catalog.build(
        release == null ? new ReleaseInfo("", "", "", "", "") : release,
        entries(services),
        entries(vendors),
        entries(jurisdictions),
        entries(laws),
        reporter,
        problems);
  }

  private @Nullable ReleaseInfo readRelease(Path catalogDir) {
    Path file = catalogDir.resolve("catalog.yaml");
    if (!Files.isDirectory(catalogDir)) {
      problems.add(display(catalogDir), "", "the catalog directory does not exist");
      return null;
    }
    if (!Files.isRegularFile(file)) {
      problems.add(display(file), "", "missing: a catalog needs catalog.yaml with its id and version");
      return null;
    }
    return EntryReader.release(YamlDocument.read(file, display(file), problems));
  }

  private void readLayer(Path dir) {
    read(dir.resolve(SERVICES), services, EntryReader::service, false);
    read(dir.resolve(VENDORS), vendors, EntryReader::vendor, false);
    read(dir.resolve(JURISDICTIONS), jurisdictions, EntryReader::jurisdiction, true);
    read(dir.resolve(LAWS), laws, EntryReader::law, false);
  }

  private <T> void read(
      Path dir,
      Map<String, Located<T>> into,
      BiFunction<YamlDocument, String, @Nullable Located<T>> reader,
      boolean upperCaseId) {
    if (!Files.isDirectory(dir)) {
      return;
    }
    List<Path> files;
    try (Stream<Path> list = Files.list(dir)) {
      files = new ArrayList<>(list.sorted().toList());
    } catch (IOException e) {
      problems.add(display(dir), "", "cannot list the directory: " + e.getMessage());
      return;
    }
    for (Path file : files) {
      String name = file.getFileName().toString();
      if (name.endsWith(".yml")) {
        problems.add(display(file), "", "name catalog files *.yaml, not *.yml");
        continue;
      }
      if (!name.endsWith(".yaml") || !Files.isRegularFile(file)) {
        continue;
      }
      String id = name.substring(0, name.length() - ".yaml".length());
      if (upperCaseId) {
        id = id.toUpperCase(Locale.ROOT);
      }
      Located<T> entry = reader.apply(YamlDocument.read(file, display(file), problems), id);
      if (entry != null) {
        into.put(id, entry);
      }
    }
  }

  private static <T> Map<String, T> entries(Map<String, Located<T>> located) {
    Map<String, T> out = new HashMap<>();
    located.forEach((id, l) -> out.put(id, l.entry()));
    return out;
  }

  private static String display(Path path) {
    return YamlDocument.display(path);
  }
}
