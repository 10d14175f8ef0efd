package eu.vern.catalog;

/** Who owns a vendor: another vendor in the catalog, nobody (an ultimate parent), or unknown. */
public sealed interface Parent permits Parent.Company, Parent.None, Parent.Unknown {

  /** The vendor is controlled by another vendor of the catalog. */
  record Company(String vendorId) implements Parent {}

  /** The vendor is an ultimate parent. */
  record None() implements Parent {}

  /** Nobody has sourced who owns the vendor. */
  record Unknown() implements Parent {}
}
