package eu.vern.catalog;

/** Whether the weights of the models behind an AI service are published. */
public enum OpenWeights implements Coded {
  YES,
  PARTIAL,
  NO,
  UNKNOWN;

  @Override
  public String code() {
    return Coded.kebab(this);
  }
}
