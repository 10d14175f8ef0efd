package eu.vern.cli;

import eu.vern.guidelines.DataCategory;
import eu.vern.guidelines.Verdict;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words of the command line in Swedish, Norwegian Bokmål or English, from the {@code messages}
 * bundles. The machine's default locale never leaks in: a missing language falls back to English.
 */
public final class Messages {

  private final ResourceBundle bundle;
  private final Locale locale;
  private final String language;

  public Messages(String language) {
    this.language = language;
    this.locale = switch (language) {
      case "sv" -> Locale.of("sv");
      case "nb", "no" -> Locale.of("nb");
      default -> Locale.ROOT;
    };
    this.bundle = ResourceBundle.getBundle("eu.vern.cli.messages", locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** The message {@code key} with its arguments filled in. */
  public String get(String key, Object... args) {
    MessageFormat format = new MessageFormat(bundle.getString(key), locale);
    return format.format(args);
  }

  /** The verdict in words. */
  public String verdict(Verdict verdict) {
    return get("verdict." + verdict.code());
  }

  /** The data category in words. */
  public String category(DataCategory category) {
    return category.label().in(language);
  }

  /** Whether {@code language} is one Vern speaks. */
  public static boolean supports(String language) {
    return language.equals("sv") || language.equals("nb") || language.equals("en");
  }
}
