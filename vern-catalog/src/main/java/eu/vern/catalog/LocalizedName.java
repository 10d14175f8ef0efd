package eu.vern.catalog;

import java.util.Locale;

/** A name in the three languages Vern speaks: English, Swedish and Norwegian Bokmål. */
public record LocalizedName(String en, String sv, String nb) {

  /** The name for a language code {@code sv}, {@code nb} or {@code en} (anything else: English). */
  public String in(String language) {
    return switch (language.toLowerCase(Locale.ROOT)) {
      case "sv" -> sv;
      case "nb", "no" -> nb;
      default -> en;
    };
  }
}
