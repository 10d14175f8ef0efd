package eu.vern.catalog;

/** Whether an AI service uses what users type to train its models by default. */
public enum TrainsOnInput implements Coded {
  YES,
  /** Used for training unless the user turns it off. */
  OPT_OUT,
  NO,
  UNKNOWN;

  @Override
  public String code() {
    return Coded.kebab(this);
  }
}
