/**
 * Feeds: every export served over HTTP at stable paths, per audience, with validators so that a
 * resolver or device that already has the current version gets a 304, and regenerated when the
 * catalog, overlays, audiences or guideline change on disk.
 */
@NullMarked
package eu.vern.enforce.feed;

import org.jspecify.annotations.NullMarked;
