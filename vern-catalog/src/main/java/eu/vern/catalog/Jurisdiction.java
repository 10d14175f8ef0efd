package eu.vern.catalog;

import java.util.List;

/**
 * A state (or {@code EU} for "somewhere in the EU/EEA") whose law applies to a service's vendor or
 * data.
 *
 * @param code ISO 3166-1 alpha-2 code in upper case, or {@code EU}
 */
public record Jurisdiction(
    String code, LocalizedName name, boolean euEea, Adequacy adequacy, List<Source> sources)
    implements Sourced {

  public Jurisdiction {
    sources = List.copyOf(sources);
  }
}
