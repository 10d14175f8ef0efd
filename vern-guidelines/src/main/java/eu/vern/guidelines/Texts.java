package eu.vern.guidelines;

import eu.vern.catalog.yaml.MapReader;
import java.util.LinkedHashSet;
import java.util.List;

/** Reads the small value shapes guideline and audiences files share. */
final class Texts {

  private static final LinkedHashSet<String> LANGUAGES = new LinkedHashSet<>(List.of("sv", "nb", "en"));

  private Texts() {}

  /** A text in sv, nb and en; each language is required. {@code fallback} stands in when absent. */
  static LocalizedText read(MapReader r, String key, String fallback) {
    MapReader m = r.map(key, LANGUAGES);
    if (m == null) {
      if (!r.has(key)) {
        r.problem(key, "missing required field; give it in sv, nb and en");
      }
      return LocalizedText.same(fallback);
    }
    return new LocalizedText(m.text("sv"), m.text("nb"), m.text("en"));
  }

  static int integer(MapReader r, String key, int fallback) {
    String v = r.optionalText(key);
    if (v == null) {
      r.problem(key, "missing required field; give a whole number");
      return fallback;
    }
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      r.problem(key, "expected a whole number, found '" + v + "'");
      return fallback;
    }
  }
}
