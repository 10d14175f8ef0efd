/** The {@code vern} command line: one wiring place for the process. */
@NullMarked
package eu.vern.cli;

import org.jspecify.annotations.NullMarked;
