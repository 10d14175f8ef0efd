package eu.vern.guidelines;

import java.util.Locale;
import java.util.Objects;

/** A text a person reads, in Swedish, Norwegian Bokmål and English. */
public record LocalizedText(String sv, String nb, String en) {

  public LocalizedText {
    Objects.requireNonNull(sv, "sv");
    Objects.requireNonNull(nb, "nb");
    Objects.requireNonNull(en, "en");
  }

  /** The text in {@code language} ({@code sv}, {@code nb}; anything else: English). */
  public String in(String language) {
    return switch (language.toLowerCase(Locale.ROOT)) {
      case "sv" -> sv;
      case "nb", "no" -> nb;
      default -> en;
    };
  }

  /** The same text in all three languages, for identifiers and names that are not translated. */
  public static LocalizedText same(String text) {
    return new LocalizedText(text, text, text);
  }
}
