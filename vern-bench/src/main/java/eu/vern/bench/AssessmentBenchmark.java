package eu.vern.bench;

import eu.vern.catalog.AiProperties;
import eu.vern.catalog.AppIds;
import eu.vern.catalog.Catalog;
import eu.vern.catalog.CatalogException;
import eu.vern.catalog.CatalogLoader;
import eu.vern.catalog.Censorship;
import eu.vern.catalog.Encryption;
import eu.vern.catalog.Fact;
import eu.vern.catalog.Minors;
import eu.vern.catalog.OpenWeights;
import eu.vern.catalog.Service;
import eu.vern.catalog.ServiceKind;
import eu.vern.catalog.Source;
import eu.vern.catalog.TrainsOnInput;
import eu.vern.catalog.Tristate;
import eu.vern.catalog.Vendor;
import eu.vern.guidelines.Assessment;
import eu.vern.guidelines.Assessor;
import eu.vern.guidelines.Audience;
import eu.vern.guidelines.Audiences;
import eu.vern.guidelines.AudiencesLoader;
import eu.vern.guidelines.DataCategory;
import eu.vern.guidelines.Guideline;
import eu.vern.guidelines.GuidelineException;
import eu.vern.guidelines.GuidelineLoader;
import eu.vern.guidelines.LocalizedText;
import eu.vern.guidelines.Rule;
import eu.vern.guidelines.Verdict;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Assessing 100,000 synthetic services against 40 rules (the shipped municipal baseline, strict
 * sovereignty and AI packs' rules, plus per-kind variants) for one audience and data category, on
 * one thread. Services are made from the shipped catalog's vendors and jurisdictions with random
 * facts. The score is the time for the whole catalog. {@code closures=false} is the alternative a
 * rule author would otherwise have: the same CEL rules in cel-java's interpreter.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class AssessmentBenchmark {

  static final int SERVICES = 100_000;
  static final int RULES = 40;

  /** {@code true}: Vern's closures with the interpreter as fallback; {@code false}: cel-java's interpreter only. */
  @Param({"true", "false"})
  public String closures = "true";

  @SuppressWarnings("NullAway.Init")
  private Assessor assessor;
  @SuppressWarnings("NullAway.Init")
  private Audience audience;

  @Setup
  public void prepare() throws CatalogException, GuidelineException {
    // Each parameter value runs in its own fork, so the switch is read once per JVM.
    System.setProperty("vern.rules.closures", closures);
    Path home = BenchmarkBase.home();
    Catalog shipped = CatalogLoader.load(home.resolve("catalog"), List.of());
    Audiences audiences = AudiencesLoader.load(home.resolve("guidelines/audiences.yaml"));
    List<Rule> rules = new ArrayList<>();
    for (String pack : List.of("strict-sovereignty", "ai-services")) {
      Guideline g = GuidelineLoader.load(home.resolve("guidelines/" + pack + ".yaml"), shipped, audiences);
      for (Rule r : g.rules()) {
        if (rules.stream().noneMatch(x -> x.id().equals(r.id()))) {
          rules.add(r);
        }
      }
    }
    ServiceKind[] kinds = ServiceKind.values();
    for (int i = 0; rules.size() < RULES; i++) {
      ServiceKind kind = kinds[i % kinds.length];
      rules.add(new Rule("kind-" + kind.code() + "-" + i,
          "service.kind == '" + kind.code() + "' && service.data.exists(j, !j.euEea) && dataCategory != 'public'",
          null, Verdict.REVIEW, LocalizedText.same("t"), LocalizedText.same("{service.name} leaves the EEA"),
          LocalizedText.same("b"), List.of()));
    }
    Guideline guideline = new Guideline(
        GuidelineLoader.load(home.resolve("guidelines/municipal-baseline.yaml"), shipped, audiences).info(),
        rules, List.of(), Verdict.ALLOW);
    Catalog synthetic = synthetic(shipped, SERVICES, 20261124L);
    assessor = Assessor.create(synthetic, guideline, audiences, Clock.systemUTC());
    audience = audiences.find("pupils-lower-secondary").orElseThrow();
  }

  @Benchmark
  public List<Assessment> assessWholeCatalog() {
    return assessor.assessAll(audience, DataCategory.PERSONAL);
  }

  /** A catalog of {@code count} services with random facts over the shipped vendors and countries. */
  public static Catalog synthetic(Catalog shipped, int count, long seed) throws CatalogException {
    SplittableRandom random = new SplittableRandom(seed);
    List<Vendor> vendors = shipped.vendors();
    List<String> countries = shipped.jurisdictions().stream().map(j -> j.code()).toList();
    ServiceKind[] kinds = ServiceKind.values();
    Source source = new Source(List.of("domains", "storage", "transfers", "ai.trainsOnInput",
        "ai.openWeights", "ai.censorship", "minors.minimumAge", "endToEndEncryption"),
        URI.create("https://example.org/synthetic"), LocalDate.of(2026, 11, 24), "Synthetic benchmark data.");
    List<Service> services = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      ServiceKind kind = kinds[random.nextInt(kinds.length)];
      boolean ai = kind.isAi();
      List<String> storage = List.of(countries.get(random.nextInt(countries.size())));
      List<String> transfers = random.nextInt(3) == 0 ? List.of(countries.get(random.nextInt(countries.size()))) : List.of();
      services.add(new Service("synthetic-" + i, "Synthetic " + i, kind,
          vendors.get(random.nextInt(vendors.size())).id(), "Synthetic service.", null,
          List.of("synthetic-" + i + ".example"), AppIds.NONE,
          random.nextInt(5) == 0 ? Fact.unknown() : Fact.known(storage), Fact.known(transfers), Fact.unknown(),
          Encryption.values()[random.nextInt(Encryption.values().length)], Fact.unknown(),
          Tristate.UNKNOWN, Fact.unknown(), Fact.unknown(), Fact.unknown(),
          ai ? new AiProperties(Fact.unknown(), OpenWeights.values()[random.nextInt(4)],
              TrainsOnInput.values()[random.nextInt(4)], Censorship.values()[random.nextInt(3)]) : null,
          random.nextBoolean() ? new Minors(Fact.known(13 + random.nextInt(6)), Fact.unknown(), Tristate.UNKNOWN, Tristate.UNKNOWN) : Minors.UNKNOWN,
          List.of(), List.of(source)));
    }
    return Catalog.of(shipped.release(), services, vendors, shipped.jurisdictions(), shipped.laws());
  }
}
