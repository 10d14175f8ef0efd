package eu.vern.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The top-level command: every subcommand is reachable and listed, however few a run builds. */
class MainTest {

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void helpListsEveryCommandInItsOrder() {
    Run r = run("--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).containsSubsequence(
        "catalog", "assess", "discover", "guideline-doc", "export", "feed", "doctor");
  }

  @Test
  void aRunNamingACommandGetsThatCommandsOwnUsage() {
    Run r = run("discover", "--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("Usage: vern discover ").contains("--min-clients");
  }

  @Test
  void aMistypedCommandIsBadInputThatSuggestsTheClosestOne() {
    Run r = run("discovr", "query.log");
    assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.err()).contains("discovr").contains("vern discover");
  }
}
