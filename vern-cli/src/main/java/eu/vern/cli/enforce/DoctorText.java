package eu.vern.cli.enforce;

import eu.vern.cli.Messages;
import eu.vern.enforce.doctor.Answer;
import eu.vern.enforce.doctor.DoctorReport;
import eu.vern.enforce.doctor.Finding;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** A doctor's report in plain words, in the user's language: what was asked, what came back, what to do. */
final class DoctorText {

  private final Messages m;

  DoctorText(Messages messages) {
    this.m = messages;
  }

  /**
   * @param noBlockedNames the guideline blocks no service for every audience, so none was asked
   * @param noAlias no alias was given, so the CNAME check was not done
   */
  void print(PrintWriter out, DoctorReport report, boolean noBlockedNames, boolean noAlias) {
    out.println(m.get("doctor.title", report.resolver()));
    String section = "";
    for (Finding f : report.findings()) {
      String now = switch (f) {
        case Finding.Canary c -> m.get("doctor.section.canaries");
        case Finding.Service s -> m.get("doctor.section.services");
        case Finding.Alias a -> m.get("doctor.section.alias", a.name(), a.answers().size());
        case Finding.Unreachable u -> "";
      };
      if (!now.equals(section)) {
        out.println();
        if (!now.isEmpty()) {
          out.println(now);
        }
        section = now;
      }
      String mark = f.problem() ? m.get("doctor.problem") : m.get("doctor.ok");
      out.println("  " + mark + " ".repeat(Math.max(1, 9 - mark.length())) + line(f));
    }
    boolean reached = report.findings().stream().noneMatch(f -> f instanceof Finding.Unreachable);
    if (reached && (noBlockedNames || noAlias)) {
      out.println();
      if (noBlockedNames) {
        out.println(m.get("doctor.note.noBlockedNames"));
      }
      if (noAlias) {
        out.println(m.get("doctor.note.noAlias"));
      }
    }
    out.println();
    out.println(report.clean() ? m.get("doctor.clean") : m.get("doctor.problems", report.problems()));
  }

  private String line(Finding f) {
    return switch (f) {
      case Finding.Canary c -> canary(c);
      case Finding.Service s -> service(s);
      case Finding.Alias a -> alias(a);
      case Finding.Unreachable u -> m.get("doctor.unreachable", u.resolver());
    };
  }

  private String canary(Finding.Canary c) {
    if (c.answer().blocked()) {
      return m.get("doctor.canary.blocked", c.name(), answer(c.answer()));
    }
    if (!(c.answer() instanceof Answer.Resolved)) {
      return m.get("doctor.unclear", c.name(), answer(c.answer()));
    }
    return m.get(c.name().equals("use-application-dns.net") ? "doctor.canary.firefox" : "doctor.canary.apple",
        c.name(), answer(c.answer()));
  }

  private String service(Finding.Service s) {
    String who = s.service().equals(s.name()) ? s.name() : s.name() + " (" + s.service() + ")";
    if (!s.plain().blocked()) {
      return s.plain() instanceof Answer.Resolved
          ? m.get("doctor.service.open", who, answer(s.plain()))
          : m.get("doctor.unclear", who, answer(s.plain()));
    }
    if (!s.withDnssec().blocked()) {
      return s.withDnssec() instanceof Answer.Resolved
          ? m.get("doctor.service.openForDnssec", who, answer(s.withDnssec()))
          : m.get("doctor.unclear", who, answer(s.withDnssec()));
    }
    return m.get("doctor.service.blocked", who);
  }

  private String alias(Finding.Alias a) {
    List<Answer> answers = a.answers();
    String of = a.targets().isEmpty() ? "" : m.get("doctor.alias.of", String.join(" → ", a.targets())) + " ";
    return of + switch (a.outcome()) {
      case BLOCKED_EVERY_TIME -> m.get("doctor.alias.everyTime");
      case BLOCKED_ONLY_THE_FIRST_TIME -> m.get("doctor.alias.firstTimeOnly", resolved(answers), answers.size());
      case NEVER_BLOCKED -> m.get("doctor.alias.never", resolved(answers));
      case SOMETIMES_BLOCKED -> m.get("doctor.alias.sometimes", sequence(answers));
      case NOT_AN_ALIAS -> m.get("doctor.alias.notAnAlias", resolved(answers));
      case UNANSWERED -> m.get("doctor.alias.unanswered", sequence(answers));
    };
  }

  /** Every address the resolved answers gave, once each. */
  private static String resolved(List<Answer> answers) {
    Set<String> addresses = new LinkedHashSet<>();
    for (Answer a : answers) {
      if (a instanceof Answer.Resolved r) {
        addresses.addAll(r.addresses());
      }
    }
    return String.join(", ", addresses);
  }

  private String sequence(List<Answer> answers) {
    List<String> parts = new ArrayList<>();
    for (Answer a : answers) {
      parts.add(answer(a));
    }
    return parts.stream().collect(Collectors.joining("; "));
  }

  private String answer(Answer a) {
    return switch (a) {
      case Answer.Blocked b -> switch (b.way()) {
        case NXDOMAIN -> m.get("doctor.answer.nxdomain");
        case NO_ADDRESS -> m.get("doctor.answer.noAddress");
        case BLOCK_ADDRESS -> m.get("doctor.answer.blockAddress");
      };
      case Answer.Resolved r -> m.get("doctor.answer.resolved", String.join(", ", r.addresses()));
      case Answer.Failed f -> m.get("doctor.answer.failed", f.rcode());
      case Answer.Silent s -> m.get("doctor.answer.silent");
    };
  }
}
