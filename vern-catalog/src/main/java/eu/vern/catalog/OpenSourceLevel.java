package eu.vern.catalog;

/** How much of a service's software is published under an open-source licence. */
public enum OpenSourceLevel implements Coded {
  NONE,
  PARTIAL,
  FULL;

  @Override
  public String code() {
    return Coded.kebab(this);
  }
}
