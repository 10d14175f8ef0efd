/** The stable JSON form of assessments, explanations and diffs, documented in {@code docs/json.md}. */
@NullMarked
package eu.vern.guidelines.json;

import org.jspecify.annotations.NullMarked;
