package eu.vern.guidelines;

import dev.cel.bundle.Cel;
import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelIssue;
import dev.cel.common.CelValidationException;
import dev.cel.common.CelValidationResult;
import dev.cel.common.ast.CelExpr;
import dev.cel.common.types.CelType;
import dev.cel.common.types.ListType;
import dev.cel.common.types.SimpleType;
import dev.cel.runtime.CelEvaluationException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/** Compiles rules in the rule model's CEL environment and reports every issue with its position. */
final class RuleCompiler {

  /** A problem in an expression: 1-based line and column within the expression text. */
  record Issue(String field, int line, int column, String message) {}

  /** Either a compiled rule or the issues that stopped it. */
  sealed interface Result permits Compiled, Failed {}

  record Compiled(CompiledRule rule) implements Result {}

  record Failed(List<Issue> issues) implements Result {}

  /**
   * {@code -Dvern.rules.closures=false} evaluates every rule with cel-java's interpreter only: a
   * diagnostic switch to rule the closures out when a verdict looks wrong, and the baseline the
   * assessment benchmark compares with.
   */
  private static final boolean CLOSURES = !"false".equals(System.getProperty("vern.rules.closures"));

  /**
   * Rules compiled lately. Loading a guideline compiles every rule to report its problems and
   * building an assessor needs the same programs; compiling is the slow part of both, and rules
   * are immutable values, so the second compile is a look-up. Bounded for long-running processes
   * that reload edited guidelines.
   */
  private static final Map<Rule, Compiled> RECENT =
      Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Rule, Compiled> eldest) {
          return size() > 512;
        }
      });

  private @Nullable Cel cel;

  /** The CEL environment, built on first use: a guideline whose rules are all known needs none. */
  private Cel cel() {
    Cel c = cel;
    if (c == null) {
      c = RuleModel.cel();
      cel = c;
    }
    return c;
  }

  Result compile(Rule rule) {
    Compiled known = RECENT.get(rule);
    if (known != null) {
      return known;
    }
    Result result = compileNew(rule);
    if (result instanceof Compiled c) {
      RECENT.put(rule, c);
    }
    return result;
  }

  private Result compileNew(Rule rule) {
    List<Issue> issues = new ArrayList<>();
    CelAbstractSyntaxTree when = check("when", rule.when(), SimpleType.BOOL, "true or false", issues);
    CelAbstractSyntaxTree subject = rule.subject() == null
        ? null
        : check("subject", rule.subject(), ListType.create(RuleModel.LAW), "a list of laws", issues);
    if (!issues.isEmpty() || when == null) {
      return new Failed(issues);
    }
    try {
      Set<String> reads = new TreeSet<>();
      collectReads(when.getExpr(), reads);
      return new Compiled(new CompiledRule(
          rule,
          cel().createProgram(when),
          subject == null ? null : cel().createProgram(subject),
          CLOSURES ? FastRule.compile(when) : null,
          CLOSURES && subject != null ? FastRule.compile(subject) : null,
          withoutPrefixes(reads)));
    } catch (CelEvaluationException e) {
      return new Failed(List.of(new Issue("when", 1, 1, "cannot be prepared for evaluation: " + e.getMessage())));
    }
  }

  private @Nullable CelAbstractSyntaxTree check(
      String field, String expression, CelType expected, String expectedText, List<Issue> issues) {
    CelValidationResult result = cel().compile(expression);
    if (result.hasError()) {
      for (CelIssue issue : result.getErrors()) {
        issues.add(new Issue(
            field,
            Math.max(1, issue.getSourceLocation().getLine()),
            issue.getSourceLocation().getColumn() + 1,
            issue.getMessage()));
      }
      return null;
    }
    try {
      CelAbstractSyntaxTree ast = result.getAst();
      if (!describe(ast.getResultType()).equals(describe(expected))) {
        issues.add(new Issue(field, 1, 1, String.format(Locale.ROOT,
            "the expression must give %s, but it gives %s", expectedText, describe(ast.getResultType()))));
        return null;
      }
      return ast;
    } catch (CelValidationException e) {
      issues.add(new Issue(field, 1, 1, e.getMessage() == null ? "invalid expression" : e.getMessage()));
      return null;
    }
  }

  /** A type as a person reads it: {@code list(vern.Law)}, {@code string}. */
  static String describe(CelType type) {
    if (type.parameters().isEmpty()) {
      return type.name();
    }
    return type.name() + "(" + String.join(", ", type.parameters().stream().map(RuleCompiler::describe).toList()) + ")";
  }

  /** Collects the model paths an expression reads: service.x.y, audience.x, dataCategory. */
  private static void collectReads(CelExpr expr, Set<String> reads) {
    switch (expr.getKind()) {
      case SELECT -> {
        String path = path(expr);
        if (path != null) {
          reads.add(path);
        } else {
          collectReads(expr.select().operand(), reads);
        }
      }
      case IDENT -> {
        String name = expr.ident().name();
        if (name.equals("dataCategory")) {
          reads.add(name);
        }
      }
      case CALL -> {
        expr.call().target().ifPresent(t -> collectReads(t, reads));
        expr.call().args().forEach(a -> collectReads(a, reads));
      }
      case LIST -> expr.list().elements().forEach(e -> collectReads(e, reads));
      case MAP -> expr.map().entries().forEach(e -> {
        collectReads(e.key(), reads);
        collectReads(e.value(), reads);
      });
      case STRUCT -> expr.struct().entries().forEach(e -> collectReads(e.value(), reads));
      case COMPREHENSION -> {
        collectReads(expr.comprehension().iterRange(), reads);
        collectReads(expr.comprehension().accuInit(), reads);
        collectReads(expr.comprehension().loopCondition(), reads);
        collectReads(expr.comprehension().loopStep(), reads);
        collectReads(expr.comprehension().result(), reads);
      }
      default -> { }
    }
  }

  /** "service.ai.trainsOnInput" for a select chain rooted at service or audience, else null. */
  private static @Nullable String path(CelExpr expr) {
    List<String> parts = new ArrayList<>();
    CelExpr e = expr;
    while (e.getKind() == CelExpr.ExprKind.Kind.SELECT) {
      parts.add(0, e.select().field());
      e = e.select().operand();
    }
    if (e.getKind() != CelExpr.ExprKind.Kind.IDENT) {
      return null;
    }
    String root = e.ident().name();
    if (!root.equals("service") && !root.equals("audience")) {
      return null;
    }
    return root + "." + String.join(".", parts);
  }

  private static Set<String> withoutPrefixes(Set<String> reads) {
    Set<String> out = new TreeSet<>();
    for (String r : reads) {
      boolean prefixOfAnother = reads.stream().anyMatch(o -> o.startsWith(r + "."));
      if (!prefixOfAnother) {
        out.add(r);
      }
    }
    return out;
  }
}
