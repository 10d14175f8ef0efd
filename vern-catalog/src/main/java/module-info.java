/**
 * Vern's catalog of digital services: the model, YAML loading with located problems, overlays,
 * derived exposures and the domain index.
 */
module eu.vern.catalog {
  requires static transitive org.jspecify;
  requires org.yaml.snakeyaml;
  requires transitive com.fasterxml.jackson.databind;

  // API: the model, the loader, the domain index, and the JSON form of entries.
  exports eu.vern.catalog;
  exports eu.vern.catalog.json;

  // Internal: YAML reading with positions, for the modules that load YAML of their own.
  exports eu.vern.catalog.yaml to
      eu.vern.guidelines;

  // Everything else stays package-private inside eu.vern.catalog.
}
