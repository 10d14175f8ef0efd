package eu.vern.guidelines;

/** The ages of an audience's members, inclusive, e.g. 6–12 for primary pupils. */
public record AgeRange(int youngest, int oldest) {

  /** Adults, for audiences that declare no ages. */
  public static final AgeRange ADULTS = new AgeRange(18, 120);

  public AgeRange {
    if (youngest < 0 || oldest > 120 || youngest > oldest) {
      throw new IllegalArgumentException(
          "an age range must run from a lower to a higher age within 0..120: " + youngest + "–" + oldest);
    }
  }

  public boolean includesMinors() {
    return youngest < 18;
  }
}
