/** {@code vern catalog list|show|lint}. */
@NullMarked
package eu.vern.cli.catalog;

import org.jspecify.annotations.NullMarked;
