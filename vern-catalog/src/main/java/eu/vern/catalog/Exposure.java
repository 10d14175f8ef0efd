package eu.vern.catalog;

import java.util.List;

/**
 * What a service is exposed to, derived from the catalog and never typed in: the vendors that
 * control it, the countries they are incorporated in, headed from and run from, the countries its
 * data is stored in or sent to, and the laws of all of those.
 *
 * @param ownershipChain the service's vendor first, then each parent up to the ultimate parent
 * @param controlKnown false when a country or a parent in the chain is unknown
 * @param dataKnown false when storage or transfers are unknown
 */
public record Exposure(
    List<Vendor> ownershipChain,
    List<String> controlJurisdictions,
    boolean controlKnown,
    List<String> dataJurisdictions,
    boolean dataKnown,
    List<ApplicableLaw> laws) {

  public Exposure {
    ownershipChain = List.copyOf(ownershipChain);
    controlJurisdictions = List.copyOf(controlJurisdictions);
    dataJurisdictions = List.copyOf(dataJurisdictions);
    laws = List.copyOf(laws);
  }

  /** A law that applies to a service, and whether through control, through data, or both. */
  public record ApplicableLaw(Law law, boolean viaControl, boolean viaData) {}
}
