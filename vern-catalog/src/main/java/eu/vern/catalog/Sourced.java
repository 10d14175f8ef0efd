package eu.vern.catalog;

import java.util.List;

/** A catalog entry whose facts carry {@link Source}s. */
public interface Sourced {

  List<Source> sources();

  /** The sources that support the fact at {@code path}, in file order. */
  default List<Source> sourcesFor(String path) {
    return sources().stream().filter(s -> s.supports(path)).toList();
  }
}
