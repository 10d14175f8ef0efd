package eu.vern.catalog;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** A closed set of values as they are written in the catalog's YAML and JSON. */
public interface Coded {

  /** The value as written in the data files, e.g. {@code opt-out}. */
  String code();

  /** Finds the constant of {@code type} written as {@code code}, or null when there is none. */
  static <E extends Enum<E> & Coded> @Nullable E parse(Class<E> type, String code) {
    for (E e : type.getEnumConstants()) {
      if (e.code().equals(code)) {
        return e;
      }
    }
    return null;
  }

  /** The codes of {@code type} as a readable list, for error messages. */
  static <E extends Enum<E> & Coded> String codes(Class<E> type) {
    return Arrays.stream(type.getEnumConstants())
        .map(Coded::code)
        .collect(Collectors.joining(", "));
  }

  /** The conventional code of an enum constant: lower case, words joined by hyphens. */
  static String kebab(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
