package eu.vern.catalog;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

/** The test catalogs under src/test/resources/fixtures. */
final class Fixtures {

  private Fixtures() {}

  static Path dir(String name) {
    try {
      return Path.of(Fixtures.class.getResource("/fixtures/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Catalog base() throws CatalogException {
    return CatalogLoader.load(dir("base"), List.of());
  }

  /** Loads the base fixture with a bad overlay and returns the problems it must report. */
  static List<Problem> problemsWith(String badOverlay) {
    try {
      CatalogLoader.load(dir("base"), List.of(dir("bad/" + badOverlay)));
    } catch (CatalogException e) {
      return e.problems();
    }
    throw new AssertionError("the overlay bad/" + badOverlay + " loaded without problems");
  }
}
