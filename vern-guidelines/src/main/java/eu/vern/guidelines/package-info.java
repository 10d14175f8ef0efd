/**
 * Guidelines as rules, not lists: an organisation's rules, written in CEL over the catalog's facts,
 * give every service — including one added tomorrow — a {@link eu.vern.guidelines.Verdict} for an
 * {@link eu.vern.guidelines.Audience} and a {@link eu.vern.guidelines.DataCategory}, with the rules
 * that decided it and reasons in Swedish, Norwegian Bokmål and English.
 *
 * <p>Load with {@link eu.vern.guidelines.GuidelineLoader} and {@link
 * eu.vern.guidelines.AudiencesLoader}; assess with {@link eu.vern.guidelines.Assessor}.
 */
@NullMarked
package eu.vern.guidelines;

import org.jspecify.annotations.NullMarked;
