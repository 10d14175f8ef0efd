package eu.vern.enforce.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import eu.vern.enforce.doctor.Finding.Alias.Outcome;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How a run of answers to one alias adds up: B blocked, R resolved, F failed, S silent, r resolved without a CNAME. */
class FindingTest {

  static Answer answer(char c) {
    List<String> chain = List.of("chat.deepseek.com");
    return switch (c) {
      case 'B' -> new Answer.Blocked(Answer.Way.NXDOMAIN, chain);
      case 'R' -> new Answer.Resolved(List.of("198.51.100.7"), chain);
      case 'r' -> new Answer.Resolved(List.of("192.0.2.80"), List.of());
      case 'F' -> new Answer.Failed("SERVFAIL", List.of());
      case 'S' -> new Answer.Silent();
      default -> throw new IllegalArgumentException(String.valueOf(c));
    };
  }

  @ParameterizedTest
  @CsvSource({
      "BBBBB, BLOCKED_EVERY_TIME, false",
      "BRRRR, BLOCKED_ONLY_THE_FIRST_TIME, true",
      "RRRRR, NEVER_BLOCKED, true",
      "BRBRB, SOMETIMES_BLOCKED, true",
      "RBBBB, SOMETIMES_BLOCKED, true",
      "BRRRF, SOMETIMES_BLOCKED, true",
      "rrrrr, NOT_AN_ALIAS, true",
      "BBFBS, UNANSWERED, true",
      "SSSSS, UNANSWERED, true"})
  void aRunOfAnswersHasOneOutcome(String run, Outcome outcome, boolean problem) {
    Finding.Alias alias = new Finding.Alias("alias.kommun.se", run.chars().mapToObj(c -> answer((char) c)).toList());
    assertThat(alias.outcome()).isEqualTo(outcome);
    assertThat(alias.problem()).isEqualTo(problem);
  }
}
