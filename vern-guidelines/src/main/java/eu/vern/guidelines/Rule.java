package eu.vern.guidelines;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One rule of a guideline: a CEL condition over the rule model (docs/guidelines.md), the verdict it
 * gives when the condition holds, and why.
 *
 * @param when the CEL condition, e.g. {@code service.ai.trainsOnInput == 'yes'}
 * @param subject an optional CEL expression giving the laws the reason speaks of ({@code
 *     {law.name}})
 * @param reason the reason a person reads, with placeholders filled from the service
 * @param basis in plain language, why the rule exists: the law or guidance it rests on
 */
public record Rule(
    String id,
    String when,
    @Nullable String subject,
    Verdict verdict,
    LocalizedText title,
    LocalizedText reason,
    LocalizedText basis,
    List<Reference> references) {

  public Rule {
    references = List.copyOf(references);
  }
}
