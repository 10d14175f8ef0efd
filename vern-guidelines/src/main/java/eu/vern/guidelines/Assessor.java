package eu.vern.guidelines;

import dev.cel.runtime.CelEvaluationException;
import eu.vern.catalog.Catalog;
import eu.vern.catalog.Service;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Gives every service of a catalog a verdict under a guideline, for an audience and a data
 * category. Rules are compiled once; each assessment evaluates every rule, so that all matching
 * rules are reported, and the most severe verdict wins (the first such rule in guideline order
 * decides). An exception in force sets the verdict; an expired one is reported and ignored. A rule
 * that cannot be evaluated for a service makes the verdict at least {@code review}, with the error
 * as the reason: a person looks rather than the service slipping through.
 *
 * {@snippet :
 * Assessor assessor = Assessor.create(catalog, guideline, audiences, Clock.systemDefaultZone());
 * Audience pupils = audiences.find("pupils-primary").orElseThrow();
 * for (Assessment a : assessor.assessAll(pupils, DataCategory.PERSONAL)) {
 *   System.out.println(a.service().id() + " " + a.verdict().code());
 * }
 * }
 */
public final class Assessor {

  private final Catalog catalog;
  private final Guideline guideline;
  private final Audiences audiences;
  private final Clock clock;
  private final List<CompiledRule> rules;
  private final Reasons reasons;
  private final RuleModel.Views views;

  private Assessor(Catalog catalog, Guideline guideline, Audiences audiences, Clock clock,
      List<CompiledRule> rules) {
    this.catalog = catalog;
    this.guideline = guideline;
    this.audiences = audiences;
    this.clock = clock;
    this.rules = List.copyOf(rules);
    this.reasons = new Reasons(catalog);
    this.views = new RuleModel.Views(catalog);
  }

  /**
   * Compiles the guideline's rules for assessing {@code catalog}.
   *
   * @throws IllegalArgumentException when a rule does not compile; {@link GuidelineLoader} reports
   *     such rules with their positions, so this happens only for guidelines built in code
   */
  public static Assessor create(Catalog catalog, Guideline guideline, Audiences audiences, Clock clock) {
    RuleCompiler compiler = new RuleCompiler();
    List<CompiledRule> compiled = new ArrayList<>();
    for (Rule rule : guideline.rules()) {
      switch (compiler.compile(rule)) {
        case RuleCompiler.Compiled(CompiledRule c) -> compiled.add(c);
        case RuleCompiler.Failed(List<RuleCompiler.Issue> issues) ->
            throw new IllegalArgumentException("rule '" + rule.id() + "' does not compile: " + issues);
      }
    }
    return new Assessor(catalog, guideline, audiences, clock, compiled);
  }

  public Catalog catalog() {
    return catalog;
  }

  public Guideline guideline() {
    return guideline;
  }

  public Audiences audiences() {
    return audiences;
  }

  /** The verdict on one service for one audience and data category. */
  public Assessment assess(Service service, Audience audience, DataCategory category) {
    return assess(service, views.service(service), audience, RuleModel.audience(audience),
        category);
  }

  /** Every service of the catalog, in id order, for one audience and data category. */
  public List<Assessment> assessAll(Audience audience, DataCategory category) {
    Map<String, Object> audienceView = RuleModel.audience(audience);
    List<Assessment> out = new ArrayList<>();
    for (Service s : catalog.services()) {
      out.add(assess(s, views.service(s), audience, audienceView, category));
    }
    return out;
  }

  /** Every service for every audience: services in id order, audiences in declared order. */
  public List<Assessment> assessAllAudiences(DataCategory category) {
    List<Assessment> out = new ArrayList<>();
    for (Service s : catalog.services()) {
      Map<String, Object> serviceView = views.service(s);
      for (Audience a : audiences.all()) {
        out.add(assess(s, serviceView, a, RuleModel.audience(a), category));
      }
    }
    return out;
  }

  /** Why {@code service} got its verdict, rule by rule, with the facts and their sources. */
  public Explanation explain(Service service, Audience audience, DataCategory category) {
    Map<String, Object> serviceView = views.service(service);
    Map<String, Object> audienceView = RuleModel.audience(audience);
    Assessment assessment = assess(service, serviceView, audience, audienceView, category);
    // The assessment already evaluated every rule; a rule that failed to evaluate counts as matched.
    java.util.Set<String> matched = new java.util.HashSet<>();
    assessment.matched().forEach(r -> matched.add(r.id()));
    List<Explanation.RuleOutcome> outcomes = new ArrayList<>();
    java.util.Set<String> paths = new java.util.LinkedHashSet<>();
    for (CompiledRule r : rules) {
      outcomes.add(new Explanation.RuleOutcome(r.rule(), matched.contains(r.rule().id()), List.copyOf(r.reads())));
      paths.addAll(r.reads());
    }
    FactDescriber describer = new FactDescriber(catalog);
    List<Explanation.FactUsed> facts = new ArrayList<>();
    for (String path : paths) {
      facts.add(describer.describe(path, service, audience, category, serviceView));
    }
    Audience reference = audiences.defaultAudience();
    Assessment baseline = reference.id().equals(audience.id())
        ? assessment
        : assess(service, serviceView, reference, RuleModel.audience(reference), category);
    return new Explanation(assessment, outcomes, facts, baseline);
  }

  private Assessment assess(Service service, Map<String, Object> serviceView, Audience audience,
      Map<String, Object> audienceView, DataCategory category) {
    Map<String, Object> activation = activation(serviceView, audienceView, category);
    List<Rule> matched = new ArrayList<>();
    List<LocalizedText> filled = new ArrayList<>();
    for (CompiledRule r : rules) {
      switch (evaluate(r, activation)) {
        case Outcome.Matched m -> {
          matched.add(r.rule());
          filled.add(reasons.fill(r.rule().reason(), service, audience, category, subject(r, activation)));
        }
        case Outcome.Failed(String message) -> {
          Rule failed = failedRule(r.rule(), message);
          matched.add(failed);
          filled.add(failed.reason());
        }
        case Outcome.NotMatched n -> { }
      }
    }
    Verdict ruleVerdict = guideline.defaultVerdict();
    Rule deciding = null;
    for (Rule r : matched) {
      if (deciding == null || r.verdict().compareTo(deciding.verdict()) > 0) {
        deciding = r;
      }
    }
    if (deciding != null) {
      ruleVerdict = deciding.verdict();
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < matched.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparing((Integer i) -> matched.get(i).verdict()).reversed());
    List<Rule> sortedRules = order.stream().map(matched::get).toList();
    List<LocalizedText> sortedReasons = order.stream().map(filled::get).toList();
    LocalDate today = LocalDate.now(clock);
    Exemption applied = null;
    List<Exemption> expired = new ArrayList<>();
    for (Exemption e : guideline.exemptions()) {
      if (!e.covers(service.id(), audience.id())) {
        continue;
      }
      if (e.inForceOn(today)) {
        if (applied == null) {
          applied = e;
        }
      } else {
        expired.add(e);
      }
    }
    Verdict verdict = applied != null ? applied.verdict() : ruleVerdict;
    return new Assessment(service, audience, category, verdict, ruleVerdict, sortedRules,
        applied != null ? null : deciding, sortedReasons, applied, expired);
  }

  private static Object input(Map<String, Object> activation, String name) {
    return java.util.Objects.requireNonNull(activation.get(name), name);
  }

  private static Map<String, Object> activation(Map<String, Object> serviceView,
      Map<String, Object> audienceView, DataCategory category) {
    return Map.of("service", serviceView, "audience", audienceView, "dataCategory", category.code());
  }

  private sealed interface Outcome permits Outcome.Matched, Outcome.NotMatched, Outcome.Failed {
    record Matched() implements Outcome {}

    record NotMatched() implements Outcome {}

    record Failed(String message) implements Outcome {}
  }

  private static Outcome evaluate(CompiledRule r, Map<String, Object> activation) {
    FastRule fast = r.fastWhen();
    if (fast != null) {
      try {
        Object result = fast.eval(input(activation, "service"), input(activation, "audience"),
            input(activation, "dataCategory"));
        if (result instanceof Boolean matched) {
          return matched ? new Outcome.Matched() : new Outcome.NotMatched();
        }
      } catch (FastRule.Fallback e) {
        // The interpreter gives CEL's exact answer, errors included.
      }
    }
    try {
      return Boolean.TRUE.equals(r.when().eval(activation))
          ? new Outcome.Matched() : new Outcome.NotMatched();
    } catch (CelEvaluationException e) {
      return new Outcome.Failed(e.getMessage() == null ? e.toString() : e.getMessage());
    }
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> subject(CompiledRule r, Map<String, Object> activation) {
    if (r.subject() == null) {
      return List.of();
    }
    FastRule fast = r.fastSubject();
    if (fast != null) {
      try {
        Object laws = fast.eval(input(activation, "service"), input(activation, "audience"),
            input(activation, "dataCategory"));
        if (laws instanceof List<?> list) {
          return (List<Map<String, Object>>) list;
        }
      } catch (FastRule.Fallback e) {
        // Fall through to the interpreter.
      }
    }
    try {
      Object laws = r.subject().eval(activation);
      return laws instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
    } catch (CelEvaluationException e) {
      return List.of();
    }
  }

  private static Rule failedRule(Rule rule, String message) {
    return new Rule(rule.id(), rule.when(), null, Verdict.REVIEW, rule.title(),
        new LocalizedText(
            "Regeln '" + rule.id() + "' kunde inte prövas för tjänsten (" + message
                + "); en person behöver bedöma den.",
            "Regelen '" + rule.id() + "' kunne ikke prøves for tjenesten (" + message
                + "); en person må vurdere den.",
            "The rule '" + rule.id() + "' could not be evaluated for this service (" + message
                + "); a person must assess it."),
        rule.basis(), rule.references());
  }
}
