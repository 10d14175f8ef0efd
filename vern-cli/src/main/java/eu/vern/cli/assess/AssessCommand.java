package eu.vern.cli.assess;

import eu.vern.catalog.Catalog;
import eu.vern.catalog.CatalogException;
import eu.vern.catalog.CatalogLoader;
import eu.vern.catalog.Service;
import eu.vern.cli.BadInputException;
import eu.vern.cli.ExitCode;
import eu.vern.cli.GuidelineOptions;
import eu.vern.cli.Messages;
import eu.vern.guidelines.Assessment;
import eu.vern.guidelines.Assessor;
import eu.vern.guidelines.Audience;
import eu.vern.guidelines.DataCategory;
import eu.vern.guidelines.Guideline;
import eu.vern.guidelines.GuidelineException;
import eu.vern.guidelines.GuidelineLoader;
import eu.vern.guidelines.Verdict;
import eu.vern.guidelines.VerdictChange;
import eu.vern.guidelines.json.AssessmentJson;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * {@code vern assess}: every service of the catalog gets a verdict under the guideline, for an
 * audience and a data category, with the rules that decided it and the reason.
 */
@Command(
    name = "assess",
    mixinStandardHelpOptions = true,
    description = "Give every service a verdict under a guideline, with the rules that decided it and why.")
public final class AssessCommand implements Callable<Integer> {

  @Mixin GuidelineOptions options = new GuidelineOptions();

  @Option(names = "--audience", paramLabel = "ID",
      description = "Assess for this audience, or 'all' (default: the first audience declared, e.g. staff).")
  @Nullable String audience;

  @Option(names = "--data-category", paramLabel = "C", defaultValue = "personal",
      description = "public, personal, sensitive or secret (default: ${DEFAULT-VALUE}).")
  String dataCategory = "personal";

  @Option(names = "--service", paramLabel = "ID", description = "Assess only this service.")
  @Nullable String service;

  @Option(names = "--explain", description = "With --service: every rule, matched or not, and the facts with their sources.")
  boolean explain;

  @Option(names = "--diff", paramLabel = "OLD",
      description = "List the services whose verdict changed since OLD: an older catalog directory or an older guideline file.")
  @Nullable Path diff;

  @Option(names = "--json", description = "Print JSON (docs/json.md).")
  boolean json;

  @Option(names = "--lang", paramLabel = "sv|nb|en",
      description = "Language of the output (default: the guideline's language).")
  @Nullable String lang;

  @Option(names = "--fail-on", paramLabel = "VERDICT",
      description = "Exit with 1 when any verdict is at least this severe: block or review.")
  @Nullable String failOn;

  @Spec CommandSpec spec = CommandSpec.create();

  @Override
  public Integer call() {
    DataCategory category = GuidelineOptions.dataCategory(dataCategory);
    Verdict threshold = failOn == null ? null : threshold(failOn);
    if (explain && service == null) {
      throw new BadInputException("--explain needs --service ID: name the service to explain");
    }
    Assessor assessor = options.assessor();
    String language = lang != null ? lang : assessor.guideline().info().language();
    if (!Messages.supports(language)) {
      throw new BadInputException("--lang: '" + language + "' is not one of: sv, nb, en");
    }
    Messages messages = new Messages(language);
    List<Audience> audiences = audience != null && audience.equals("all")
        ? assessor.audiences().all()
        : List.of(audience == null ? assessor.audiences().defaultAudience()
            : GuidelineOptions.audience(assessor.audiences(), audience));
    Service only = service == null ? null : assessor.catalog().service(service)
        .orElseThrow(() -> new BadInputException("--service: no service '" + service + "' in the catalog"));
    PrintWriter out = spec.commandLine().getOut();
    LocalDate asOf = LocalDate.now(options.clock());
    AssessmentJson jsonWriter = new AssessmentJson();

    if (explain && only != null) {
      var explanation = assessor.explain(only, audiences.get(0), category);
      if (json) {
        out.println(jsonWriter.write(jsonWriter.explanation(assessor.guideline(), assessor.catalog(), asOf, explanation)));
      } else {
        new ExplanationReport(messages, language).print(out, explanation);
      }
      return exitFor(List.of(explanation.assessment()), threshold);
    }

    // The readable default also shows where other audiences differ: assess every audience once
    // and take this audience's rows from that, rather than assessing it twice.
    boolean compare = !json && diff == null && audiences.size() == 1 && only == null;
    List<Assessment> allAudiences = compare ? assessor.assessAllAudiences(category) : List.of();
    List<Assessment> now = compare
        ? allAudiences.stream().filter(a -> a.audience().id().equals(audiences.get(0).id())).toList()
        : assess(assessor, only, audiences, category);
    if (diff != null) {
      List<VerdictChange> changes = VerdictChange.between(previous(assessor, only, audiences, category), now);
      if (json) {
        out.println(jsonWriter.write(jsonWriter.changes(assessor.guideline(), assessor.catalog(), asOf, changes)));
      } else {
        new VerdictTable(messages, language).printChanges(out, changes);
      }
      return exitFor(now, threshold);
    }
    if (json) {
      out.println(jsonWriter.write(jsonWriter.assessments(assessor.guideline(), assessor.catalog(), asOf, now)));
    } else {
      new VerdictTable(messages, language).print(out, assessor, audiences, category, asOf, now, allAudiences);
    }
    return exitFor(now, threshold);
  }

  private static List<Assessment> assess(Assessor assessor, @Nullable Service only,
      List<Audience> audiences, DataCategory category) {
    List<Assessment> out = new ArrayList<>();
    for (Audience a : audiences) {
      if (only != null) {
        out.add(assessor.assess(only, a, category));
      } else {
        out.addAll(assessor.assessAll(a, category));
      }
    }
    return out;
  }

  /** The same assessment against the older catalog or the older guideline given with --diff. */
  private List<Assessment> previous(Assessor current, @Nullable Service only, List<Audience> audiences,
      DataCategory category) {
    Path old = diff;
    if (old == null || !Files.exists(old)) {
      throw new BadInputException("--diff: '" + old + "' does not exist; give an older catalog directory or guideline file");
    }
    Assessor before;
    if (Files.isDirectory(old)) {
      Catalog oldCatalog;
      try {
        oldCatalog = CatalogLoader.load(old, options.catalogOptions.overlays());
      } catch (CatalogException e) {
        throw BadInputException.of(e.problems(), "in the older catalog given with --diff.");
      }
      Guideline g;
      try {
        g = GuidelineLoader.load(options.guidelineFile(), oldCatalog, current.audiences());
      } catch (GuidelineException e) {
        throw BadInputException.of(e.problems(), "in the guideline used for --diff.");
      }
      before = Assessor.create(oldCatalog, g, current.audiences(), options.clock());
    } else {
      Guideline g;
      try {
        g = GuidelineLoader.load(old, current.catalog(), current.audiences());
      } catch (GuidelineException e) {
        throw BadInputException.of(e.problems(), "in the guideline used for --diff.");
      }
      before = Assessor.create(current.catalog(), g, current.audiences(), options.clock());
    }
    Service oldOnly = only == null ? null : before.catalog().service(only.id()).orElse(null);
    if (only != null && oldOnly == null) {
      return List.of();
    }
    return assess(before, oldOnly, audiences, category);
  }

  private static Verdict threshold(String text) {
    return switch (text) {
      case "block" -> Verdict.BLOCK;
      case "review" -> Verdict.REVIEW;
      default -> throw new BadInputException("--fail-on: '" + text + "' is not one of: block, review");
    };
  }

  private static int exitFor(List<Assessment> assessments, @Nullable Verdict threshold) {
    if (threshold != null && assessments.stream().anyMatch(a -> a.verdict().atLeast(threshold))) {
      return ExitCode.FINDING;
    }
    return ExitCode.OK;
  }
}
