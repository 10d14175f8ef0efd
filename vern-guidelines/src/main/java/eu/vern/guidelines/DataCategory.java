package eu.vern.guidelines;

import eu.vern.catalog.Coded;

/**
 * The kind of information a use of a service involves. The same service can be fine for public
 * information and blocked for data under secrecy law.
 */
public enum DataCategory implements Coded {
  /** Public information (allmän handling that is public; offentlig informasjon). */
  PUBLIC,
  /** Personal data under the GDPR. */
  PERSONAL,
  /** Special categories of personal data (GDPR art. 9) and data about offences (art. 10). */
  SENSITIVE,
  /**
   * Information under secrecy law: Offentlighets- och sekretesslagen (2009:400) in Sweden,
   * taushetsplikt under forvaltningsloven § 13 and sector laws in Norway.
   */
  SECRET;

  @Override
  public String code() {
    return Coded.kebab(this);
  }

  /** How the category reads in a sentence, in Swedish, Norwegian Bokmål and English. */
  public LocalizedText label() {
    return DataCategoryNames.of(this);
  }
}
