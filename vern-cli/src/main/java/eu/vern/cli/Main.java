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
    description = "Take back control of the digital services your organisation depends on.")
public final class Main implements Runnable {

  /**
   * The subcommands, in the order help lists them. Building picocli's model of a command reflects
   * over its annotated fields, which costs start-up time for each one; a run that names a
   * subcommand gets only that one's model, every other run (help, version, a typo) gets them all.
   */
  private static final java.util.Map<String, java.util.function.Supplier<Object>> SUBCOMMANDS =
      subcommands();

  private static java.util.Map<String, java.util.function.Supplier<Object>> subcommands() {
    java.util.Map<String, java.util.function.Supplier<Object>> m = new java.util.LinkedHashMap<>();
    m.put("catalog", CatalogCommand::new);
    m.put("assess", AssessCommand::new);
    m.put("discover", DiscoverCommand::new);
    m.put("guideline-doc", GuidelineDocCommand::new);
    m.put("export", ExportCommand::new);
    m.put("feed", FeedCommand::new);
    m.put("doctor", DoctorCommand::new);
    return java.util.Collections.unmodifiableMap(m);
  }

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
    String named = args.length > 0 && SUBCOMMANDS.containsKey(args[0]) ? args[0] : null;
    SUBCOMMANDS.forEach((name, command) -> {
      if (named == null || named.equals(name)) {
        cli.addSubcommand(name, command.get());
      }
    });
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
