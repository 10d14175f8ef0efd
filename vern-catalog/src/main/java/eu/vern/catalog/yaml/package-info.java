/**
 * Reading YAML with the position of every value, and collecting located problems. Internal: exported
 * only to the Vern modules that load YAML files of their own (guidelines, audiences).
 */
@NullMarked
package eu.vern.catalog.yaml;

import org.jspecify.annotations.NullMarked;
