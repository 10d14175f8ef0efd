package eu.vern.catalog.yaml;

import eu.vern.catalog.CatalogException;
import eu.vern.catalog.Problem;
import java.util.ArrayList;
import java.util.List;

/** Collects problems while loading, so that the user sees all of them at once. */
public final class Problems {

  private final List<Problem> list = new ArrayList<>();

  public void add(Problem problem) {
    list.add(problem);
  }

  public void add(String file, String field, String message) {
    list.add(new Problem(file, 0, 0, field, message, ""));
  }

  public boolean isEmpty() {
    return list.isEmpty();
  }

  public int size() {
    return list.size();
  }

  public List<Problem> list() {
    return List.copyOf(list);
  }

  public void throwIfAny() throws CatalogException {
    if (!list.isEmpty()) {
      throw new CatalogException(list);
    }
  }
}
