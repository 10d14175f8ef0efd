/**
 * Vern's catalog: the open, sourced knowledge base of digital services, their vendors, the
 * jurisdictions they are exposed to and the laws that give foreign authorities access to data.
 *
 * <p>{@link eu.vern.catalog.CatalogLoader} reads the YAML layout described in {@code
 * docs/catalog-format.md} and reports every problem at once; {@link eu.vern.catalog.Catalog} holds
 * the validated, immutable result with derived {@link eu.vern.catalog.Exposure}s and the {@link
 * eu.vern.catalog.DomainIndex}.
 */
@NullMarked
package eu.vern.catalog;

import org.jspecify.annotations.NullMarked;
