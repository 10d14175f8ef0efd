package eu.vern.guidelines;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Which guideline this is and who adopted it.
 *
 * @param adoptedBy the decision that adopted it (e.g. a board decision number), or null for a
 *     template nobody has adopted yet
 * @param language the language the organisation works in ({@code sv}, {@code nb}, {@code en})
 */
public record GuidelineInfo(
    String id,
    String organisation,
    LocalizedText name,
    String version,
    @Nullable String adoptedBy,
    LocalDate date,
    String language,
    LocalizedText purpose) {}
