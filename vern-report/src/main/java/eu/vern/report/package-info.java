/**
 * Documents for the board: {@link eu.vern.report.GuidelineDocument} renders a guideline, its rules
 * in plain language and what they decide today, in Swedish, Norwegian Bokmål or English, as one
 * accessible XHTML page that {@link eu.vern.report.Pdf} also turns into a PDF.
 *
 * <p>Every word of a document comes from the {@code words} resource bundles; every text that comes
 * from the catalog or a guideline is data and is escaped.
 */
@NullMarked
package eu.vern.report;

import org.jspecify.annotations.NullMarked;
