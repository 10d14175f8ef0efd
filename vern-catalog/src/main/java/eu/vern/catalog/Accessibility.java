package eu.vern.catalog;

import java.net.URI;
import org.jspecify.annotations.Nullable;

/**
 * A service's accessibility statement and the conformance it claims (the EU web accessibility
 * directive requires WCAG 2.1 AA of public bodies' own services).
 */
public record Accessibility(@Nullable URI statement, String conformance) {}
