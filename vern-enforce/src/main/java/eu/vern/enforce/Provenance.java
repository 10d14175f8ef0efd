package eu.vern.enforce;

import eu.vern.guidelines.DataCategory;
import eu.vern.guidelines.Verdict;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Which guideline and catalog produced an export, for which day and data category, enforcing
 * which verdicts, and when it was generated: every export states this in its header.
 *
 * @param enforced the verdicts that block: always {@code block}, and {@code review} when asked;
 *     never {@code guidance} or {@code allow}
 * @param asOf the day the verdicts were assessed for (exceptions expire by day)
 */
public record Provenance(
    String guideline,
    String guidelineVersion,
    String guidelineName,
    String organisation,
    String catalog,
    String catalogVersion,
    LocalDate asOf,
    DataCategory dataCategory,
    List<Verdict> enforced,
    Instant generated) {

  public Provenance {
    Objects.requireNonNull(guideline, "guideline");
    Objects.requireNonNull(generated, "generated");
    if (!enforced.contains(Verdict.BLOCK)) {
      throw new IllegalArgumentException("an export enforces block verdicts at least: " + enforced);
    }
    List<Verdict> sorted = new ArrayList<>();
    for (Verdict v : Verdict.values()) {
      if (enforced.contains(v)) {
        if (!v.atLeast(Verdict.REVIEW)) {
          throw new IllegalArgumentException(
              "only block and review verdicts can be enforced; " + v.code() + " never blocks");
        }
        sorted.add(v);
      }
    }
    enforced = List.copyOf(sorted);
  }

  /** Whether an export blocks a service with this verdict. */
  public boolean enforces(Verdict verdict) {
    return enforced.contains(verdict);
  }
}
