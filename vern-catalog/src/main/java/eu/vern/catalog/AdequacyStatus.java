package eu.vern.catalog;

/** The state of the EU's adequacy decision for a jurisdiction. */
public enum AdequacyStatus implements Coded {
  YES,
  /** The decision covers only some recipients, e.g. certified companies under the EU-US DPF. */
  PARTIAL,
  NO,
  /** Inside the EU/EEA, where no adequacy decision is needed. */
  NOT_APPLICABLE;

  @Override
  public String code() {
    return Coded.kebab(this);
  }
}
