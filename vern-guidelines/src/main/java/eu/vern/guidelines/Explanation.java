package eu.vern.guidelines;

import eu.vern.catalog.Source;
import java.util.List;

/**
 * Why a service got its verdict: every rule with whether it matched, the facts the rules read with
 * the sources they rest on, and — when the audience made the difference — what differs from the
 * organisation's default audience. An officer must be able to defend a verdict to a journalist.
 *
 * @param baseline the assessment of the same service for the default audience and the same data
 *     category
 */
public record Explanation(
    Assessment assessment, List<RuleOutcome> rules, List<FactUsed> facts, Assessment baseline) {

  public Explanation {
    rules = List.copyOf(rules);
    facts = List.copyOf(facts);
  }

  /** Whether the audience changed the verdict compared with the default audience. */
  public boolean audienceMadeTheDifference() {
    return baseline.verdict() != assessment.verdict();
  }

  /** One rule: whether its condition held, and which model fields it read. */
  public record RuleOutcome(Rule rule, boolean matched, List<String> reads) {
    public RuleOutcome {
      reads = List.copyOf(reads);
    }
  }

  /** A fact a rule read: its model path, its value for this service or audience, its sources. */
  public record FactUsed(String path, String value, List<Source> sources) {
    public FactUsed {
      sources = List.copyOf(sources);
    }
  }
}
