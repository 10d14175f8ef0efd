package eu.vern.cli.enforce;

import eu.vern.cli.BadInputException;
import eu.vern.cli.ExitCode;
import eu.vern.cli.GuidelineOptions;
import eu.vern.cli.Messages;
import eu.vern.enforce.Policy;
import eu.vern.enforce.doctor.DoctorReport;
import eu.vern.enforce.doctor.ResolverDoctor;
import eu.vern.enforce.doctor.ResolverDoctor.Probe;
import eu.vern.enforce.doctor.ResolverDoctor.Probes;
import eu.vern.guidelines.Assessor;
import eu.vern.guidelines.Audience;
import eu.vern.guidelines.DataCategory;
import eu.vern.guidelines.Verdict;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vern doctor --resolver HOST:PORT}: asks a running resolver whether the ways around a DNS
 * block are closed, and says so in plain words. Exit 0 when nothing needs a person, 1 when
 * something does.
 */
@Command(
    name = "doctor",
    mixinStandardHelpOptions = true,
    description = {
        "Check a running resolver: the encrypted-DNS and iCloud Private Relay canaries must not resolve,",
        "the services the guideline blocks must be blocked (also for clients that ask for DNSSEC), and",
        "an alias of a blocked service must be blocked every time, not only the first (docs/enforcement.md).",
        "Exit 0: no problem found; 1: a problem found; 2: bad input."})
public final class DoctorCommand implements Callable<Integer> {

  @Option(names = "--resolver", paramLabel = "HOST:PORT", required = true,
      description = "The resolver to check, e.g. 10.0.0.53:53 or [2001:db8::53]:53 (port 53 when left out).")
  String resolver = "";

  @Option(names = "--probe-alias", paramLabel = "NAME",
      description = {"A name in your own zone that is a CNAME of a blocked service, asked " + Probes.TIMES
          + " times in a row. Best a wildcard, e.g. '*.vern-check.kommun.se' with the record",
          "'*.vern-check IN CNAME chat.deepseek.com.' in kommun.se: each run then asks a new name that no cache holds."})
  @Nullable String probeAlias;

  @Option(names = "--probe-blocked", paramLabel = "NAME",
      description = "A name that must be blocked (repeatable). Default: one name of each service the guideline"
          + " blocks for every audience (or for --audience).")
  List<String> probeBlocked = new ArrayList<>();

  @Option(names = "--audience", paramLabel = "ID",
      description = "Take the blocked names from this audience's verdicts: run the check from that audience's network.")
  @Nullable String audience;

  @Option(names = "--block-address", paramLabel = "IP",
      description = "The block page's address, if blocked names answer with it (export --block-address).")
  @Nullable String blockAddress;

  @Option(names = "--no-dns-canaries", description = "Do not check the canaries (the exports were made with --no-dns-canaries).")
  boolean noDnsCanaries;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "5",
      description = "How long to wait for each answer (default: ${DEFAULT-VALUE} s).")
  int timeout = 5;

  @Option(names = "--lang", paramLabel = "sv|nb|en",
      description = "Language of the output (default: the guideline's language; English when"
          + " --probe-blocked names the probes and no guideline is read).")
  @Nullable String lang;

  @Option(names = "--json", description = "Print JSON (docs/json.md).")
  boolean json;

  @Mixin GuidelineOptions options = new GuidelineOptions();

  @Spec CommandSpec spec = CommandSpec.create();

  @Override
  public Integer call() {
    if (lang != null && !Messages.supports(lang)) {
      throw new BadInputException("--lang: '" + lang + "' is not one of: sv, nb, en");
    }
    if (timeout < 1 || timeout > 120) {
      throw new BadInputException("--timeout: " + timeout + " is not between 1 and 120 seconds");
    }
    InetSocketAddress address = parse("--resolver", () -> ResolverDoctor.address(resolver));
    String alias = probeAlias;
    if (alias != null) {
      parse("--probe-alias", () -> new Probes(List.of(), List.of(), alias, Probes.TIMES, null));
    }
    if (blockAddress != null) {
      String b = blockAddress;
      parse("--block-address", () -> new Probes(List.of(), List.of(), null, Probes.TIMES, b));
    }
    List<Probe> blocked = new ArrayList<>();
    for (String name : probeBlocked) {
      blocked.add(parse("--probe-blocked", () -> new Probe(name, name)));
    }
    boolean fromGuideline = blocked.isEmpty();
    String language = lang != null ? lang : "en";
    if (fromGuideline) {
      Assessor assessor = options.assessor();
      if (lang == null) {
        language = assessor.guideline().info().language();
      }
      blocked.addAll(ResolverDoctor.blockedForEveryAudience(policy(assessor)));
    }
    Probes probes = new Probes(noDnsCanaries ? List.of() : Probes.CANARIES, blocked, alias, Probes.TIMES, blockAddress);
    DoctorReport report = new ResolverDoctor(address, Duration.ofSeconds(timeout)).examine(probes);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(DoctorJson.write(report));
    } else {
      new DoctorText(new Messages(language)).print(out, report, fromGuideline && blocked.isEmpty(), alias == null);
    }
    out.flush();
    return report.clean() ? ExitCode.OK : ExitCode.FINDING;
  }

  /** The blocked verdicts for {@code --audience}, or for every audience. */
  private Policy policy(Assessor assessor) {
    List<Audience> audiences = audience == null ? assessor.audiences().all()
        : List.of(GuidelineOptions.audience(assessor.audiences(), audience));
    Clock clock = options.clock();
    return Policy.assess(assessor, audiences, DataCategory.PERSONAL, List.of(Verdict.BLOCK), LocalDate.now(clock),
        clock.instant());
  }

  private interface Parse<T> {
    T get();
  }

  /** {@code parse}'s result, or bad input naming {@code option} with the reason. */
  private static <T> T parse(String option, Parse<T> parse) {
    try {
      return parse.get();
    } catch (IllegalArgumentException e) {
      throw new BadInputException(option + ": " + e.getMessage());
    }
  }
}
