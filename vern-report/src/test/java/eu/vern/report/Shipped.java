package eu.vern.report;

import eu.vern.catalog.Catalog;
import eu.vern.catalog.CatalogException;
import eu.vern.catalog.CatalogLoader;
import eu.vern.guidelines.Assessor;
import eu.vern.guidelines.Audiences;
import eu.vern.guidelines.AudiencesLoader;
import eu.vern.guidelines.GuidelineException;
import eu.vern.guidelines.GuidelineLoader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The shipped catalog, audiences and packs as the tests see them, documents prepared once. */
final class Shipped {

  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  static final Path RESOURCES = Path.of("src/test/resources").toAbsolutePath();
  /** A fixed day, so that exception expiry does not depend on when the tests run. */
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T12:00:00Z"), ZoneOffset.UTC);
  static final LocalDate TODAY = LocalDate.now(CLOCK);

  private static final Map<Path, GuidelineDocument> DOCUMENTS = new ConcurrentHashMap<>();
  private static volatile Catalog catalog;

  private Shipped() {}

  static Path pack(String name) {
    return ROOT.resolve("guidelines/" + name + ".yaml");
  }

  static Path fixture(String name) {
    return RESOURCES.resolve(name);
  }

  static synchronized Catalog catalog() {
    if (catalog == null) {
      try {
        catalog = CatalogLoader.load(ROOT.resolve("catalog"), List.of());
      } catch (CatalogException e) {
        throw new AssertionError(e.getMessage(), e);
      }
    }
    return catalog;
  }

  static Audiences audiences() {
    try {
      return AudiencesLoader.load(ROOT.resolve("guidelines/audiences.yaml"));
    } catch (GuidelineException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }

  static Assessor assessor(Path guideline) {
    Audiences audiences = audiences();
    try {
      return Assessor.create(catalog(), GuidelineLoader.load(guideline, catalog(), audiences),
          audiences, CLOCK);
    } catch (GuidelineException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }

  /** The document for {@code guideline}, assessed on {@link #TODAY}; prepared once per run. */
  static GuidelineDocument document(Path guideline) {
    return DOCUMENTS.computeIfAbsent(guideline,
        g -> GuidelineDocument.prepare(assessor(g), TODAY));
  }
}
