package eu.vern.cli.assess;

import eu.vern.catalog.Source;
import eu.vern.cli.Messages;
import eu.vern.guidelines.Assessment;
import eu.vern.guidelines.Explanation;
import eu.vern.guidelines.LocalizedText;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The readable form of {@code vern assess --service ID --explain}: what an officer needs to defend
 * a verdict — every rule matched or not, the facts the rules read, and the source of each fact.
 */
final class ExplanationReport {

  private final Messages messages;
  private final String language;

  ExplanationReport(Messages messages, String language) {
    this.messages = messages;
    this.language = language;
  }

  void print(PrintWriter out, Explanation e) {
    Assessment a = e.assessment();
    out.println(messages.get("explain.title", a.service().name(), a.service().id(),
        a.audience().name().in(language), messages.category(a.dataCategory()), messages.verdict(a.verdict())));
    if (a.exemption() != null) {
      out.println(messages.get("explain.decidedByException", a.exemption().justification().in(language),
          a.exemption().decision(), a.exemption().expires().toString(), messages.verdict(a.ruleVerdict())));
    } else if (a.deciding() != null) {
      out.println(messages.get("explain.decidedBy", a.deciding().id(), a.deciding().title().in(language)));
    } else {
      out.println(messages.get("explain.decidedByDefault"));
    }
    if (!a.reasons().isEmpty()) {
      out.println();
      out.println(messages.get("explain.reasons"));
      for (LocalizedText r : a.reasons()) {
        out.println("  - " + r.in(language));
      }
    }
    out.println();
    out.println(messages.get("explain.rules"));
    for (Explanation.RuleOutcome o : e.rules()) {
      out.printf("  [%s] %-45s %-9s %s%n", o.matched() ? "x" : " ", o.rule().id(), o.rule().verdict().code(),
          o.matched() ? messages.get("explain.matched") : messages.get("explain.notMatched"));
      out.printf("      %s%n", messages.get("explain.reads", String.join(", ", o.reads())));
    }
    out.println();
    out.println(messages.get("explain.facts"));
    Map<String, Integer> numbers = new LinkedHashMap<>();
    for (Explanation.FactUsed f : e.facts()) {
      StringBuilder refs = new StringBuilder();
      for (Source s : f.sources()) {
        int n = numbers.computeIfAbsent(s.url() + " " + s.checked() + " " + s.note(), k -> numbers.size() + 1);
        refs.append(refs.isEmpty() ? " [" : ", ").append(n);
      }
      if (!refs.isEmpty()) {
        refs.append(']');
      }
      String marker = f.path().startsWith("audience.") && e.audienceMadeTheDifference() ? " ◀" : "";
      out.printf("  %-36s %s%s%s%n", f.path(), f.value(), refs, marker);
    }
    if (!numbers.isEmpty()) {
      out.println();
      for (Map.Entry<String, Integer> n : numbers.entrySet()) {
        out.printf("  [%d] %s%n", n.getValue(), n.getKey());
      }
    }
    out.println();
    if (e.audienceMadeTheDifference()) {
      out.println(messages.get("explain.audience", e.baseline().audience().name().in(language),
          messages.verdict(e.baseline().verdict())));
    } else if (!e.baseline().audience().id().equals(a.audience().id())) {
      out.println(messages.get("explain.sameForDefault", e.baseline().audience().name().in(language)));
    }
  }
}
