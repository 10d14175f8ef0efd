package eu.vern.catalog;

/** The EU's adequacy decision for a jurisdiction, by name, e.g. the EU-US Data Privacy Framework. */
public record Adequacy(AdequacyStatus status, String decision) {}
