package eu.vern.catalog;

/** Whether state-mandated refusals or slanted answers of an AI service are documented. */
public enum Censorship implements Coded {
  DOCUMENTED,
  NONE_DOCUMENTED,
  UNKNOWN;

  @Override
  public String code() {
    return Coded.kebab(this);
  }
}
