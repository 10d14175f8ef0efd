package eu.vern.cli.discover;

import eu.vern.catalog.Catalog;
import eu.vern.cli.BadInputException;
import eu.vern.cli.GuidelineOptions;
import eu.vern.guidelines.DataCategory;
import eu.vern.cli.ExitCode;
import eu.vern.cli.Table;
import eu.vern.discovery.Audiences;
import eu.vern.discovery.ClientKey;
import eu.vern.discovery.Discovery;
import eu.vern.discovery.DiscoveryReport;
import eu.vern.discovery.LogFormat;
import eu.vern.discovery.LogFormatException;
import eu.vern.discovery.LogSource;
import eu.vern.discovery.Progress;
import eu.vern.discovery.ReportCsv;
import eu.vern.discovery.ReportHtml;
import eu.vern.discovery.ReportJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vern discover LOG...}: which catalog services are in use, read from logs. */
@Command(
    name = "discover",
    mixinStandardHelpOptions = true,
    description = {
      "Which services are really in use, read from DNS, proxy and firewall logs and SIEM exports"
          + " (docs/discovery.md).",
      "Client addresses are replaced by a keyed hash as they are read and never written;"
          + " groups with fewer than --min-clients distinct clients are only counted."
    })
public final class DiscoverCommand implements Callable<Integer> {

  private static final int TEXT_ROWS = 20;
  private static final String LEAK = "LEAK: %s answers with a CNAME into %s, %s (%s clients, %s queries)%n";

  @Mixin GuidelineOptions guidelineOptions = new GuidelineOptions();

  @Parameters(arity = "1..*", paramLabel = "LOG",
      description = "Log files, gzip- or zstd-compressed or not; '-' reads standard input;"
          + " a directory: every file under it (hidden ones left out), e.g. an Umbrella or"
          + " FortiAnalyzer export. Several files are read as one stream.")
  List<String> logs = new ArrayList<>();

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "auto",
      description = "auto, bind, unbound, dnsmasq, pihole, zeek, squid, windows-dns,"
          + " windows-dns-analytic, fortigate, panos, sophos, umbrella, adguard-home, csv, dnstap or"
          + " pihole-db (Pi-hole's pihole-FTL.db)"
          + " (default: ${DEFAULT-VALUE}).")
  String format = "auto";

  @ArgGroup(exclusive = true)
  @Nullable Output output;

  static final class Output {
    @Option(names = "--json", description = "Print the report as JSON (docs/discovery.md).")
    boolean json;

    @Option(names = "--html", paramLabel = "FILE", description = "Write an HTML report.")
    @Nullable Path html;

    @Option(names = "--csv", paramLabel = "FILE", description = "Write the report as CSV.")
    @Nullable Path csv;
  }

  @Option(names = "--min-clients", paramLabel = "K", defaultValue = "5",
      description = "Show only groups with at least K distinct clients (default: ${DEFAULT-VALUE}).")
  int minClients = 5;

  @Option(names = "--since", paramLabel = "T",
      description = "Only queries at or after T: 2026-11-24, 2026-11-24T08:00 or with a zone.")
  @Nullable String since;

  @Option(names = "--until", paramLabel = "T", description = "Only queries before T.")
  @Nullable String until;

  @Option(names = "--zone", paramLabel = "ZONE", defaultValue = "UTC",
      description = "Zone of log times that carry none, and of --since/--until (default: ${DEFAULT-VALUE}).")
  String zone = "UTC";

  @Option(names = "--day-first",
      description = "Windows DNS dates with slashes are day first (24/11/2026, British English servers);"
          + " default: month first (11/24/2026, US).")
  boolean dayFirst;

  @Option(names = "--squid-logformat", paramLabel = "FORMAT",
      description = "The logformat a Squid writes its access log in, as defined in squid.conf"
          + " (e.g. '%%ts.%%03tu %%>a %%rm %%ru %%ssl::>sni'); default: Squid's native, common and combined.")
  @Nullable String squidLogformat;

  @Option(names = "--client-key", paramLabel = "FILE",
      description = "Secret for the client pseudonyms (at least 16 bytes); default: random per run.")
  @Nullable Path clientKey;

  @Option(names = "--subnets", paramLabel = "FILE",
      description = "Subnet map, one 'CIDR AUDIENCE' per line: counts per audience (applied before hashing).")
  @Nullable Path audiences;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: one per core).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Spec CommandSpec spec = CommandSpec.create();

  /** The networks of the organisation's audiences as a subnet → audience map. */
  private static Map<String, String> networks(eu.vern.guidelines.Audiences audiences) {
    Map<String, String> map = new LinkedHashMap<>();
    for (eu.vern.guidelines.Audience a : audiences.all()) {
      a.recognition().networks().forEach(n -> map.put(n.toString(), a.id()));
    }
    return map;
  }

  @Override
  public Integer call() {
    LogFormat logFormat = LogFormat.ofCode(format).orElseThrow(() -> new BadInputException(
        "--format: '" + format + "' is not one of " + LogFormat.codes()));
    if (minClients < 1) {
      throw new BadInputException("--min-clients: must be at least 1, got " + minClients);
    }
    if (threads < 1) {
      throw new BadInputException("--threads: must be at least 1, got " + threads);
    }
    ZoneId zoneId;
    try {
      zoneId = ZoneId.of(zone);
    } catch (DateTimeException e) {
      throw new BadInputException("--zone: '" + zone + "' is not a time zone such as UTC or Europe/Stockholm");
    }
    Instant from = since == null ? null : instant("--since", since, zoneId);
    Instant to = until == null ? null : instant("--until", until, zoneId);
    if (from != null && to != null && !from.isBefore(to)) {
      throw new BadInputException("--since (" + since + ") must be before --until (" + until + ")");
    }
    // Only the report needs verdicts: the guideline's rules compile on their own thread while the
    // catalog loads and then while the logs are read.
    GuidelineOptions.Loading loading = guidelineOptions.load();
    Catalog catalog = loading.catalog();
    eu.vern.guidelines.Audiences organisation = loading.audiences();
    Discovery.Builder builder = Discovery.builder(catalog)
        .format(logFormat).minClients(minClients).since(from).until(to).zone(zoneId)
        .threads(threads).slashDatesDayFirst(dayFirst);
    try {
      if (clientKey != null) {
        builder.clientKey(ClientKey.fromFile(clientKey));
      }
      if (squidLogformat != null) {
        try {
          builder.squidLogformat(squidLogformat);
        } catch (IllegalArgumentException e) {
          throw new BadInputException("--squid-logformat: " + e.getMessage());
        }
      }
      if (audiences != null) {
        builder.audiences(Audiences.read(audiences));
      } else if (guidelineOptions.audiencesGiven()) {
        builder.audiences(Audiences.of(networks(organisation)));
      }
    } catch (IllegalArgumentException e) {
      throw new BadInputException(String.valueOf(e.getMessage()));
    } catch (IOException e) {
      throw new BadInputException("cannot read " + e.getMessage());
    }
    // Verdicts under the guideline: for the default audience, and per audience where counted.
    Map<String, String> verdicts = new HashMap<>();
    eu.vern.guidelines.Audience everyone = organisation.defaultAudience();
    builder.verdicts(service -> verdicts.computeIfAbsent(everyone.id() + "/" + service.id(),
        k -> loading.assessor().assess(service, everyone, DataCategory.PERSONAL).verdict().code()));
    builder.audienceVerdicts((audienceId, service) -> organisation.find(audienceId)
        .map(a -> verdicts.computeIfAbsent(a.id() + "/" + service.id(),
            k -> loading.assessor().assess(service, a, DataCategory.PERSONAL).verdict().code()))
        .orElse("not assessed"));
    PrintWriter err = spec.commandLine().getErr();
    ProgressBar bar = ProgressBar.forTerminal(err);
    Progress shown = bar == null ? Progress.NONE : bar;
    // A broken guideline is bad input: stop reading at the next block instead of reading every log
    // first only to refuse the report.
    builder.progress((done, total) -> {
      if (loading.failed()) {
        throw new GuidelineFailed();
      }
      shown.advanced(done, total);
    });
    List<LogSource> sources = new ArrayList<>();
    for (String log : logs) {
      if (log.equals("-")) {
        sources.add(LogSource.of("-", () -> System.in));
      } else if (Files.isDirectory(Path.of(log))) {
        filesUnder(Path.of(log)).forEach(f -> sources.add(LogSource.of(f)));
      } else {
        sources.add(LogSource.of(Path.of(log)));
      }
    }
    DiscoveryReport report;
    try {
      report = builder.build().run(sources);
    } catch (RuntimeException e) {
      if (loading.failed()) {
        loading.assessor(); // throws the guideline's problems as bad input
      }
      throw e;
    } catch (LogFormatException e) {
      throw new BadInputException(e.getMessage() == null ? e.toString() : e.getMessage());
    } catch (IOException e) {
      throw new BadInputException("cannot read the logs: " + e.getMessage());
    } finally {
      if (bar != null) {
        bar.finish();
      }
    }
    loading.assessor(); // a broken guideline is bad input even when no service was found
    malformed(report, err);
    for (String note : report.notes()) {
      err.println("vern: note: " + note + ".");
    }
    PrintWriter out = spec.commandLine().getOut();
    Output o = output;
    if (o != null && o.json) {
      out.println(ReportJson.write(report));
    } else if (o != null && o.html != null) {
      write(o.html, ReportHtml.write(report));
      text(report, out);
      out.println("HTML report written to " + o.html);
    } else if (o != null && o.csv != null) {
      write(o.csv, ReportCsv.write(report));
      text(report, out);
      out.println("CSV report written to " + o.csv);
    } else {
      text(report, out);
    }
    return ExitCode.OK;
  }

  /** Thrown into the log reading to stop it when the guideline turned out to be broken. */
  private static final class GuidelineFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    GuidelineFailed() {
      super("the guideline does not compile", null, false, false);
    }
  }

  private static void write(Path file, String content) {
    try {
      Files.writeString(file, content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new BadInputException("cannot write " + file + ": " + e.getMessage());
    }
  }

  private static void malformed(DiscoveryReport r, PrintWriter err) {
    if (r.lines().malformed() == 0) {
      return;
    }
    err.printf(Locale.ROOT, "vern: %d malformed %s skipped; the first:%n", r.lines().malformed(),
        r.lines().malformed() == 1 ? "line" : "lines");
    for (DiscoveryReport.MalformedLine m : r.malformedSamples()) {
      err.printf(Locale.ROOT, "  %s:%d: %s%n    %s%n", m.source(), m.line(), m.reason(), m.text());
    }
  }

  private static void text(DiscoveryReport r, PrintWriter out) {
    out.printf(Locale.ROOT, "%,d lines read%s: %,d queries, %,d malformed, %,d other lines, %,d outside the window%n",
        r.lines().total(), r.formats().isEmpty() ? "" : " (" + String.join(", ", r.formats()) + ")",
        r.lines().parsed(), r.lines().malformed(),
        r.lines().ignored(), r.lines().outsideWindow());
    if (r.firstSeen() != null) {
      out.printf(Locale.ROOT, "from %s to %s%n", r.firstSeen(), r.lastSeen());
    }
    out.println();
    if (r.services().isEmpty()) {
      out.println("No catalog service reached " + r.minClients() + " distinct clients.");
    } else {
      Table t = new Table("SERVICE", "VERDICT", "CLIENTS", "QUERIES", "LAST SEEN");
      for (DiscoveryReport.ServiceUsage s : r.services()) {
        t.row(s.id(), s.verdict(), n(s.clients()), n(s.queries()), s.lastSeen().toString());
      }
      t.print(out);
    }
    for (DiscoveryReport.AliasUsage a : r.aliases()) {
      out.printf(Locale.ROOT, "alias: %s answers with a CNAME into %s (%s clients)%n", a.domain(),
          a.serviceId(), n(a.clients()));
    }
    for (DiscoveryReport.AliasUsage a : r.cnameLeaks()) {
      out.printf(Locale.ROOT, LEAK, a.domain(), a.serviceId(), "whose verdict is block",
          n(a.clients()), n(a.queries()));
    }
    for (DiscoveryReport.AudienceUsage a : r.audiences()) {
      out.println();
      out.println("Audience " + a.audience() + ":");
      Table t = new Table("SERVICE", "VERDICT", "CLIENTS", "QUERIES");
      for (DiscoveryReport.AudienceService s : a.services()) {
        t.row(s.id(), s.verdict(), n(s.clients()), n(s.queries()));
      }
      t.print(out);
      for (DiscoveryReport.AliasUsage l : a.cnameLeaks()) {
        out.printf(Locale.ROOT, LEAK, l.domain(), l.serviceId(), "blocked for " + a.audience(),
            n(l.clients()), n(l.queries()));
      }
      out.println(a.suppressed() + " smaller groups not shown");
    }
    out.println();
    if (!r.unknown().isEmpty()) {
      Table t = new Table("UNKNOWN DOMAIN", "CLIENTS", "QUERIES");
      for (DiscoveryReport.DomainUsage d : r.unknown().subList(0, Math.min(TEXT_ROWS, r.unknown().size()))) {
        t.row(d.domain(), n(d.clients()), n(d.queries()));
      }
      t.print(out);
      if (r.unknown().size() > TEXT_ROWS) {
        out.printf(Locale.ROOT, "... and %d more (--json or --csv lists all)%n", r.unknown().size() - TEXT_ROWS);
      }
      out.println();
    }
    out.printf(Locale.ROOT, "%d groups with fewer than %d distinct clients suppressed;"
        + " no client identifier is shown or stored.%n", r.suppressed(), r.minClients());
  }

  private static String n(long v) {
    return String.format(Locale.ROOT, "%,d", v);
  }

  static Instant instant(String option, String value, ZoneId zone) {
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeException e) {
      // try the forms without a zone
    }
    try {
      return Instant.parse(value);
    } catch (DateTimeException e) {
      // try the forms without a zone
    }
    try {
      return LocalDateTime.parse(value).atZone(zone).toInstant();
    } catch (DateTimeException e) {
      // try a date alone
    }
    try {
      return LocalDate.parse(value).atStartOfDay(zone).toInstant();
    } catch (DateTimeException e) {
      throw new BadInputException(option + ": '" + value
          + "' is not a date or time such as 2026-11-24, 2026-11-24T08:00 or 2026-11-24T08:00:00Z");
    }
  }

  /** The files under a directory given as a log, in name order, leaving out hidden ones. */
  private static List<Path> filesUnder(Path dir) {
    List<Path> files;
    try (var walk = Files.walk(dir)) {
      files = walk.filter(Files::isRegularFile)
          .filter(f -> {
            for (Path part : dir.relativize(f)) {
              if (part.toString().startsWith(".")) {
                return false;
              }
            }
            return true;
          })
          .sorted()
          .toList();
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new BadInputException(dir + ": the directory cannot be read: " + e.getMessage());
    }
    if (files.isEmpty()) {
      throw new BadInputException(dir + ": a directory with no log files in it");
    }
    return files;
  }
}
