package eu.vern.catalog;

/** Whether content is end-to-end encrypted so that the provider cannot read it. */
public enum Encryption implements Coded {
  /** On for all content without the user doing anything. */
  DEFAULT,
  /** Available, but the user must turn it on, or it covers only some content. */
  OPTIONAL,
  NO,
  UNKNOWN;

  @Override
  public String code() {
    return Coded.kebab(this);
  }
}
