package eu.vern.catalog;

import java.util.ArrayList;
import java.util.List;

/** Collects problems while loading, so that the user sees all of them at once. */
final class Problems {

  private final List<CatalogProblem> list = new ArrayList<>();

  void add(CatalogProblem problem) {
    list.add(problem);
  }

  void add(String file, String field, String message) {
    list.add(new CatalogProblem(file, 0, 0, field, message, ""));
  }

  boolean isEmpty() {
    return list.isEmpty();
  }

  int size() {
    return list.size();
  }

  List<CatalogProblem> list() {
    return List.copyOf(list);
  }

  void throwIfAny() throws CatalogException {
    if (!list.isEmpty()) {
      throw new CatalogException(list);
    }
  }
}
