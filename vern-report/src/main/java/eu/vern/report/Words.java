package eu.vern.report;

import eu.vern.catalog.ServiceKind;
import eu.vern.guidelines.DataCategory;
import eu.vern.guidelines.Verdict;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The words of a document in one language, from the {@code words_sv}, {@code words_nb} and {@code
 * words_en} bundles. There is no base bundle and no fallback to the machine's default locale, so a
 * key missing from one language fails loudly instead of printing another language's words.
 *
 * <p>Placeholders are {@code {0}}, {@code {1}}, ... and nothing else is special: apostrophes in
 * the texts need no doubling. Counted phrases have a {@code .one} and an {@code .other} form.
 */
final class Words {

  static final String BUNDLE = "eu.vern.report.words";

  private final ResourceBundle bundle;
  private final ReportLanguage language;

  Words(ReportLanguage language) {
    this.language = language;
    this.bundle = ResourceBundle.getBundle(BUNDLE, language.locale(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    if (!bundle.getLocale().getLanguage().equals(language.locale().getLanguage())) {
      throw new IllegalStateException("no '" + language.code() + "' words bundle; found '"
          + bundle.getLocale() + "'");
    }
  }

  ReportLanguage language() {
    return language;
  }

  /** The text of {@code key} with {@code {0}}, {@code {1}}, ... replaced by the arguments. */
  String get(String key, Object... args) {
    String text = bundle.getString(key);
    if (args.length == 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 32);
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      int close = c == '{' ? text.indexOf('}', i) : -1;
      if (close > i + 1 && isIndex(text, i + 1, close)) {
        int index = Integer.parseInt(text.substring(i + 1, close));
        if (index >= args.length) {
          throw new IllegalArgumentException("'" + key + "' uses {" + index + "} but got "
              + args.length + " arguments");
        }
        out.append(args[index]);
        i = close + 1;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /** A counted phrase: {@code key.one} for 1, {@code key.other} for any other number. */
  String count(String key, int n, Object... more) {
    Object[] args = new Object[more.length + 1];
    args[0] = n;
    System.arraycopy(more, 0, args, 1, more.length);
    return get(key + (n == 1 ? ".one" : ".other"), args);
  }

  String verdict(Verdict verdict) {
    return get("verdict." + verdict.code());
  }

  String category(DataCategory category) {
    return get("category." + category.code());
  }

  String kind(ServiceKind kind) {
    return get("kind." + kind.code());
  }

  Set<String> keys() {
    return bundle.keySet();
  }

  private static boolean isIndex(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isDigit(text.charAt(i))) {
        return false;
      }
    }
    return to - from <= 2;
  }
}
