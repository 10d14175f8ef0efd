package eu.vern.cli;

import eu.vern.cli.assess.AssessCommand;
import eu.vern.cli.catalog.CatalogCommand;
import eu.vern.cli.discover.DiscoverCommand;
import eu.vern.cli.enforce.DoctorCommand;
import eu.vern.cli.enforce.ExportCommand;
import eu.vern.cli.enforce.FeedCommand;
import eu.vern.cli.report.GuidelineDocCommand;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code vern} command and the one place where this process is wired together. Exit codes:
 * 0 success, 1 a finding the caller asked to fail on, 2 bad input, 3 an internal error.
 */
@Command(
    name = "vern",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Take back control of the digital services your organisation depends on.",
    subcommands = {CatalogCommand.class, AssessCommand.class, DiscoverCommand.class, GuidelineDocCommand.class,
        ExportCommand.class, FeedCommand.class, DoctorCommand.class})
public final class Main implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  Main() {
    spec = CommandLine.Model.CommandSpec.create();
  }

  public static void main(String[] args) {
    System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
  }

  /** Runs {@code vern args} writing to {@code out} and {@code err}; returns the exit code. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          if (e instanceof BadInputException bad) {
            bad.lines().forEach(err::println);
            return ExitCode.BAD_INPUT;
          }
          err.println("vern: internal error: " + e);
          err.println("This is a bug in Vern; please report it with the command you ran.");
          return ExitCode.INTERNAL;
        });
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The version from the jar's manifest, or "development" when run from classes. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"vern " + (v == null ? "development" : v)};
    }
  }
}
