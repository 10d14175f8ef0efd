package eu.vern.guidelines;

import eu.vern.catalog.Catalog;
import eu.vern.catalog.CatalogException;
import eu.vern.catalog.CatalogLoader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** The shipped catalog, audiences and packs, as the tests see them from the module directory. */
final class Shipped {

  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  static final Path RESOURCES = Path.of("src/test/resources");
  /** A fixed day, so that exception expiry does not depend on when the tests run. */
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T12:00:00Z"), ZoneOffset.UTC);

  private Shipped() {}

  static Catalog catalog(Path... overlays) {
    try {
      return CatalogLoader.load(ROOT.resolve("catalog"), List.of(overlays));
    } catch (CatalogException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }

  static Audiences audiences() {
    try {
      return AudiencesLoader.load(ROOT.resolve("guidelines/audiences.yaml"));
    } catch (GuidelineException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }

  static Guideline pack(String name, Catalog catalog) {
    return guideline(ROOT.resolve("guidelines/" + name + ".yaml"), catalog);
  }

  static Guideline guideline(Path file, Catalog catalog) {
    try {
      return GuidelineLoader.load(file, catalog, audiences());
    } catch (GuidelineException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }

  static Assessor assessor(String pack) {
    Catalog catalog = catalog();
    return Assessor.create(catalog, pack(pack, catalog), audiences(), CLOCK);
  }
}
