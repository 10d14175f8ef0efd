package eu.vern.catalog;

import java.util.List;

/**
 * A law that gives a state's authorities access to data held by companies.
 *
 * @param jurisdiction code of the state that made it
 * @param extraterritorial whether it reaches data held abroad by companies under the state's
 *     jurisdiction
 * @param compelsIntelligenceCooperation whether it can compel companies or persons to assist
 *     intelligence services
 */
public record Law(
    String id,
    String name,
    String jurisdiction,
    String citation,
    String summary,
    boolean extraterritorial,
    boolean compelsIntelligenceCooperation,
    List<Source> sources)
    implements Sourced {

  public Law {
    sources = List.copyOf(sources);
  }
}
