package eu.vern.catalog;

/** A yes/no fact that may not be known. */
public enum Tristate implements Coded {
  YES,
  NO,
  UNKNOWN;

  @Override
  public String code() {
    return Coded.kebab(this);
  }
}
