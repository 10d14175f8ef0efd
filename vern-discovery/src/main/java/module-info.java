/**
 * Discovery: which catalog services are really in use, read from the DNS and proxy logs an
 * organisation already keeps. Client identifiers are replaced by a keyed hash at parse time and
 * small groups are suppressed, so a report cannot single out a person.
 */
module eu.vern.discovery {
  requires static transitive org.jspecify;
  requires transitive eu.vern.catalog;
  requires aircompressor;
  requires org.xerial.sqlitejdbc;

  // API: the builder, the log formats and sources, the report model and its renderings.
  exports eu.vern.discovery;

  // Internal: none exported. Parsers, the parallel reader and the primitive maps are
  // package-private inside eu.vern.discovery.
}
