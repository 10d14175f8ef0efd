/** {@code vern assess}: verdicts, explanations and diffs. */
@NullMarked
package eu.vern.cli.assess;

import org.jspecify.annotations.NullMarked;
