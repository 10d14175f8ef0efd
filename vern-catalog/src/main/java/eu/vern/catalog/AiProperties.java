package eu.vern.catalog;

/**
 * What an AI service does with its users' input and which models it runs.
 *
 * @param modelProvider id of the vendor whose models the service runs
 */
public record AiProperties(
    Fact<String> modelProvider,
    OpenWeights openWeights,
    TrainsOnInput trainsOnInput,
    Censorship censorship) {

  public static final AiProperties UNKNOWN =
      new AiProperties(
          Fact.unknown(), OpenWeights.UNKNOWN, TrainsOnInput.UNKNOWN, Censorship.UNKNOWN);
}
