package eu.vern.cli.assess;

import eu.vern.cli.Messages;
import eu.vern.guidelines.Assessment;
import eu.vern.guidelines.Assessor;
import eu.vern.guidelines.Audience;
import eu.vern.guidelines.DataCategory;
import eu.vern.guidelines.Verdict;
import eu.vern.guidelines.VerdictChange;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The readable form of {@code vern assess}: services grouped by verdict, most severe first, each
 * with the deciding reason, the exception that applies, and the audiences for which it differs.
 */
final class VerdictTable {

  private final Messages messages;
  private final String language;

  VerdictTable(Messages messages, String language) {
    this.messages = messages;
    this.language = language;
  }

  void print(PrintWriter out, Assessor assessor, List<Audience> audiences, DataCategory category,
      LocalDate asOf, List<Assessment> assessments, List<Assessment> allAudiences) {
    var info = assessor.guideline().info();
    for (Audience audience : audiences) {
      out.println(messages.get("assess.header", info.name().in(language), info.version(),
          audience.name().in(language), messages.category(category), assessor.catalog().release().id(),
          assessor.catalog().release().version(), asOf.toString()));
      out.println(info.adoptedBy() == null
          ? "(" + messages.get("assess.notAdopted") + ")"
          : "(" + messages.get("assess.adoptedBy", info.adoptedBy()) + ")");
      List<Assessment> mine = assessments.stream().filter(a -> a.audience().id().equals(audience.id())).toList();
      Map<Verdict, List<Assessment>> groups = new EnumMap<>(Verdict.class);
      for (Assessment a : mine) {
        groups.computeIfAbsent(a.verdict(), v -> new ArrayList<>()).add(a);
      }
      for (Verdict v : List.of(Verdict.BLOCK, Verdict.REVIEW, Verdict.GUIDANCE, Verdict.ALLOW)) {
        List<Assessment> group = groups.getOrDefault(v, List.of());
        if (group.isEmpty()) {
          continue;
        }
        out.println();
        out.println(messages.get("assess.group", messages.verdict(v).toUpperCase(java.util.Locale.ROOT), group.size()));
        for (Assessment a : group) {
          printOne(out, a, allAudiences);
        }
      }
      out.println();
      out.println(messages.get("assess.summary", mine.size(),
          count(groups, Verdict.BLOCK), count(groups, Verdict.REVIEW), count(groups, Verdict.GUIDANCE),
          count(groups, Verdict.ALLOW)));
      out.println();
    }
  }

  private void printOne(PrintWriter out, Assessment a, List<Assessment> allAudiences) {
    String reason = a.reasons().isEmpty() ? messages.get("assess.default") : a.reasons().get(0).in(language);
    String rule = a.deciding() != null ? a.deciding().id() : a.exemption() != null ? "exception" : "default";
    out.printf("  %-24s %-40s [%s]%n", a.service().id(), a.service().name(), rule);
    out.printf("      %s%n", reason);
    if (a.exemption() != null) {
      out.printf("      %s%n", messages.get("assess.exception", a.exemption().decision(),
          a.exemption().expires().toString(), a.exemption().justification().in(language)));
    }
    a.expired().forEach(e -> out.printf("      %s%n", messages.get("assess.expired", e.decision(), e.expires().toString())));
    List<String> differs = new ArrayList<>();
    for (Assessment other : allAudiences) {
      if (other.service().id().equals(a.service().id()) && !other.audience().id().equals(a.audience().id())
          && other.verdict() != a.verdict()) {
        differs.add(other.audience().id() + ": " + messages.verdict(other.verdict()).toLowerCase(java.util.Locale.ROOT));
      }
    }
    if (!differs.isEmpty()) {
      out.printf("      %s%n", messages.get("assess.differs", String.join(", ", differs)));
    }
  }

  void printChanges(PrintWriter out, List<VerdictChange> changes) {
    if (changes.isEmpty()) {
      out.println(messages.get("diff.none"));
      return;
    }
    for (VerdictChange c : changes) {
      String name = c.after() != null ? c.after().service().name() : c.before() != null ? c.before().service().name() : c.serviceId();
      String before = c.verdictBefore() == null ? messages.get("diff.new") : messages.verdict(c.verdictBefore());
      String after = c.verdictAfter() == null ? messages.get("diff.removed") : messages.verdict(c.verdictAfter());
      out.println(messages.get("diff.change", name, c.serviceId(), c.audienceId(), before, after));
      if (c.after() != null && !c.after().reasons().isEmpty()) {
        out.println("    " + c.after().reasons().get(0).in(language));
      }
    }
  }

  private static int count(Map<Verdict, List<Assessment>> groups, Verdict v) {
    return groups.getOrDefault(v, List.of()).size();
  }
}
