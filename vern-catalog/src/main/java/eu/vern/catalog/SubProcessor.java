package eu.vern.catalog;

/** A company a provider hands customer data to, and for what. */
public record SubProcessor(String name, String country, String purpose) {}
