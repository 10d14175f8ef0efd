package eu.vern.catalog;

/** Where a cross-check reports a problem: at the field's place in a file, or by entry name. */
interface Reporter {

  /**
   * Reports a problem with {@code field} of the entry {@code id} of the given kind ({@code
   * services}, {@code vendors}, {@code jurisdictions} or {@code laws}).
   */
  void report(String kind, String id, String field, String message);
}
