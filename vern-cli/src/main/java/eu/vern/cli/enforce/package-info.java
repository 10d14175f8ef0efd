/**
 * {@code vern export} and {@code vern feed}: verdicts as enforcement configuration, as files and as
 * feeds; {@code vern doctor}: whether a running resolver enforces them without leaks.
 */
@NullMarked
package eu.vern.cli.enforce;

import org.jspecify.annotations.NullMarked;
