package eu.vern.catalog;

import org.jspecify.annotations.Nullable;

/** How open a service's software is, with its SPDX licence id when there is one. */
public record OpenSource(OpenSourceLevel level, @Nullable String licence) {}
