package eu.vern.catalog;

/**
 * What a service's terms say about children, for audiences of pupils.
 *
 * @param minimumAge the youngest age the terms allow
 * @param parentalConsentBelow the age below which the terms require a parent's consent; 0 when
 *     the terms require none
 * @param educationAgreement whether the provider offers an education or public-sector agreement
 * @param profilesMinors whether the provider profiles minors or shows them targeted advertising
 */
public record Minors(
    Fact<Integer> minimumAge,
    Fact<Integer> parentalConsentBelow,
    Tristate educationAgreement,
    Tristate profilesMinors) {

  public static final Minors UNKNOWN =
      new Minors(Fact.unknown(), Fact.unknown(), Tristate.UNKNOWN, Tristate.UNKNOWN);
}
