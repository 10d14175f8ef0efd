/** {@code vern export} and {@code vern feed}: verdicts as enforcement configuration, as files and as feeds. */
@NullMarked
package eu.vern.cli.enforce;

import org.jspecify.annotations.NullMarked;
