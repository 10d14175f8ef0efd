/** The stable JSON form of catalog entries, documented in {@code docs/json.md}. */
@NullMarked
package eu.vern.catalog.json;

import org.jspecify.annotations.NullMarked;
