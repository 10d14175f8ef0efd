package eu.vern.guidelines;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A service whose verdict differs between two assessments (two catalog versions or two guideline
 * versions), for one audience: what the office reports when the catalog is updated.
 *
 * @param before the earlier assessment, or null when the service is new
 * @param after the later assessment, or null when the service was removed
 */
public record VerdictChange(
    String serviceId, String audienceId, @Nullable Assessment before, @Nullable Assessment after) {

  public @Nullable Verdict verdictBefore() {
    return before == null ? null : before.verdict();
  }

  public @Nullable Verdict verdictAfter() {
    return after == null ? null : after.verdict();
  }

  /**
   * The changes between two lists of assessments, keyed by service and audience, in the order of
   * {@code after} followed by services that disappeared.
   */
  public static List<VerdictChange> between(List<Assessment> before, List<Assessment> after) {
    Map<String, Assessment> old = new LinkedHashMap<>();
    for (Assessment a : before) {
      old.put(key(a), a);
    }
    List<VerdictChange> changes = new ArrayList<>();
    for (Assessment a : after) {
      Assessment b = old.remove(key(a));
      if (b == null || b.verdict() != a.verdict()) {
        changes.add(new VerdictChange(a.service().id(), a.audience().id(), b, a));
      }
    }
    for (Assessment b : old.values()) {
      changes.add(new VerdictChange(b.service().id(), b.audience().id(), b, null));
    }
    return changes;
  }

  private static String key(Assessment a) {
    return a.service().id() + "\u0000" + a.audience().id();
  }
}
