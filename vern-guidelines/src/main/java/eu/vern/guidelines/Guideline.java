package eu.vern.guidelines;

import java.util.List;

/**
 * An organisation's guideline: ordered rules, exceptions, and the verdict for services no rule
 * decides. Load it with {@link GuidelineLoader}, which also compiles and checks every rule.
 */
public record Guideline(
    GuidelineInfo info, List<Rule> rules, List<Exemption> exemptions, Verdict defaultVerdict) {

  public Guideline {
    rules = List.copyOf(rules);
    exemptions = List.copyOf(exemptions);
  }
}
