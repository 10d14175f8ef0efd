package eu.vern.catalog;

import java.util.Objects;

/**
 * A catalog fact that is either known or explicitly unknown. Unknown is an answer in the catalog:
 * rules can act on it ("review services whose storage location is unknown") instead of guessing.
 *
 * @param <T> the type of the known value
 */
public sealed interface Fact<T> permits Fact.Known, Fact.Unknown {

  /** A fact whose value is sourced. */
  record Known<T>(T value) implements Fact<T> {
    public Known {
      Objects.requireNonNull(value, "value");
    }
  }

  /** A fact nobody has sourced yet. */
  record Unknown<T>() implements Fact<T> {}

  static <T> Fact<T> known(T value) {
    return new Known<>(value);
  }

  static <T> Fact<T> unknown() {
    return new Unknown<>();
  }

  default boolean isKnown() {
    return this instanceof Known<T>;
  }

  /** The value when known, otherwise {@code fallback}. */
  default T orElse(T fallback) {
    return this instanceof Known<T>(T value) ? value : fallback;
  }
}
