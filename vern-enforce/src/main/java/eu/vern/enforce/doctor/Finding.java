package eu.vern.enforce.doctor;

import java.util.List;
import java.util.Objects;

/**
 * One thing {@link ResolverDoctor} checked and what it found. A report is clean when no finding is a
 * {@link #problem()}.
 */
public sealed interface Finding {

  /** Whether a person must act: a bypass is open, a blocked name leaks, or the check could not be done. */
  boolean problem();

  /**
   * A canary name: while it does not resolve, Firefox keeps its DNS on this resolver
   * ({@code use-application-dns.net}) and Apple devices turn off iCloud Private Relay
   * ({@code mask.icloud.com}, {@code mask-h2.icloud.com}).
   */
  record Canary(String name, Answer answer) implements Finding {
    public Canary {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(answer, "answer");
    }

    @Override
    public boolean problem() {
      return !answer.blocked();
    }
  }

  /**
   * A name the guideline blocks, asked once plainly and once as a client that asks for DNSSEC
   * records (the DO bit): BIND leaves DNSSEC-signed answers to such clients alone unless told
   * {@code break-dnssec yes}.
   *
   * @param service the service the name belongs to, for people; the name itself when unknown
   */
  record Service(String name, String service, Answer plain, Answer withDnssec) implements Finding {
    public Service {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(service, "service");
      Objects.requireNonNull(plain, "plain");
      Objects.requireNonNull(withDnssec, "withDnssec");
    }

    @Override
    public boolean problem() {
      return !plain.blocked() || !withDnssec.blocked();
    }
  }

  /**
   * A name in the organisation's own zone that is a CNAME alias of a blocked service, asked
   * several times in a row: a resolver that checks CNAME targets only when the chain is not in its
   * cache blocks it the first time and lets it through after that.
   */
  record Alias(String name, List<Answer> answers) implements Finding {
    public Alias {
      Objects.requireNonNull(name, "name");
      answers = List.copyOf(answers);
      if (answers.isEmpty()) {
        throw new IllegalArgumentException("an alias finding needs at least one answer");
      }
    }

    /** What the answers add up to. */
    public Outcome outcome() {
      int resolved = 0;
      boolean anyAlias = false;
      for (Answer a : answers) {
        if (a instanceof Answer.Resolved) {
          resolved++;
        }
        anyAlias |= !a.aliases().isEmpty();
      }
      if (resolved == 0) {
        return answers.stream().allMatch(Answer::blocked) ? Outcome.BLOCKED_EVERY_TIME : Outcome.UNANSWERED;
      }
      if (!anyAlias) {
        return Outcome.NOT_AN_ALIAS;
      }
      if (resolved == answers.size()) {
        return Outcome.NEVER_BLOCKED;
      }
      if (answers.get(0).blocked() && resolved == answers.size() - 1) {
        return Outcome.BLOCKED_ONLY_THE_FIRST_TIME;
      }
      return Outcome.SOMETIMES_BLOCKED;
    }

    /** The targets the alias pointed at, from the first answer that showed any. */
    public List<String> targets() {
      for (Answer a : answers) {
        if (!a.aliases().isEmpty()) {
          return a.aliases();
        }
      }
      return List.of();
    }

    @Override
    public boolean problem() {
      return outcome() != Outcome.BLOCKED_EVERY_TIME;
    }

    /** The patterns a run of answers to the same alias falls into. */
    public enum Outcome {
      /** Every answer blocked: the resolver checks the CNAME target every time. */
      BLOCKED_EVERY_TIME,
      /** Blocked once, then answered from the cache (Unbound before 1.19, NLnetLabs/unbound#954). */
      BLOCKED_ONLY_THE_FIRST_TIME,
      /** Never blocked: the resolver does not look at CNAME targets (Unbound local zones). */
      NEVER_BLOCKED,
      /** Blocked some of the time, in no simple pattern. */
      SOMETIMES_BLOCKED,
      /** It resolved, but no answer held a CNAME: the name given is not an alias, so nothing was shown. */
      NOT_AN_ALIAS,
      /** Nothing resolved, but some questions got an error or no answer: the check could not be completed. */
      UNANSWERED
    }
  }

  /** The resolver did not answer the first question, so nothing else was asked. */
  record Unreachable(String resolver) implements Finding {
    public Unreachable {
      Objects.requireNonNull(resolver, "resolver");
    }

    @Override
    public boolean problem() {
      return true;
    }
  }
}
