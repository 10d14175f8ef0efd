/** {@code vern guideline-doc}: the guideline document for the board, as HTML and PDF. */
@NullMarked
package eu.vern.cli.report;

import org.jspecify.annotations.NullMarked;
