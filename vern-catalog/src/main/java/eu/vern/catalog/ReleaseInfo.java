package eu.vern.catalog;

/** Which catalog this is: its id, version, title, licence and publisher. */
public record ReleaseInfo(
    String id, String version, String title, String licence, String publisher) {}
