package eu.vern.guidelines;

import eu.vern.catalog.Catalog;
import eu.vern.catalog.yaml.MapReader;
import eu.vern.catalog.yaml.Problems;
import eu.vern.catalog.yaml.YamlDocument;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads a guideline file (docs/guidelines.md), compiles every rule's CEL once, and reports every
 * problem at once: a syntax error, an unknown field or a type error in a condition is reported with
 * the file, the rule id and the position in the expression; an exception for a service or an
 * audience that does not exist, an unknown placeholder in a reason, a duplicated rule id.
 */
public final class GuidelineLoader {

  private static final Set<String> TOP = ordered("id", "extends", "organisation", "name", "version",
      "adoptedBy", "date", "language", "purpose", "default", "rules", "exceptions");
  private static final Set<String> RULE = ordered("id", "title", "when", "subject", "verdict",
      "reason", "basis", "references");
  private static final Set<String> EXCEPTION = ordered("service", "verdict", "audiences",
      "decision", "justification", "expires");
  private static final Set<String> REFERENCE = ordered("title", "url");

  private GuidelineLoader() {}

  /**
   * Loads {@code file} and checks it against {@code catalog} (exception services) and {@code
   * audiences} (exception audiences).
   */
  public static Guideline load(Path file, Catalog catalog, Audiences audiences)
      throws GuidelineException {
    return load(file, () -> catalog, () -> audiences, new ArrayList<>());
  }

  /**
   * Loads {@code file} like {@link #load(Path, Catalog, Audiences)}, asking for the catalog and the
   * audiences only after every rule has compiled (and only when the file has exceptions), so that
   * a caller can load them on another thread meanwhile: compiling the rules takes about as long as
   * loading the catalog.
   */
  public static Guideline load(Path file, Supplier<Catalog> catalog, Supplier<Audiences> audiences)
      throws GuidelineException {
    return load(file, catalog, audiences, new ArrayList<>());
  }

  private static Guideline load(
      Path file, Supplier<Catalog> catalog, Supplier<Audiences> audiences, List<Path> chain)
      throws GuidelineException {
    Problems problems = new Problems();
    YamlDocument doc = YamlDocument.read(file, YamlDocument.display(file), problems);
    MapReader r = MapReader.root(doc, TOP, new HashMap<>());
    if (r == null) {
      throw new GuidelineException(problems.list());
    }
    Guideline parent = null;
    String extendsPath = r.optionalText("extends");
    if (extendsPath != null) {
      Path dir = file.toAbsolutePath().getParent();
      Path parentFile = (dir == null ? Path.of("") : dir).resolve(extendsPath).normalize();
      List<Path> seen = new ArrayList<>(chain);
      seen.add(file.toAbsolutePath().normalize());
      if (seen.contains(parentFile)) {
        r.problem("extends", "the guidelines extend each other in a cycle: " + extendsPath);
      } else if (!java.nio.file.Files.isRegularFile(parentFile)) {
        r.problem("extends", "no guideline file '" + extendsPath + "' next to this one");
      } else {
        try {
          parent = load(parentFile, catalog, audiences, seen);
        } catch (GuidelineException e) {
          e.problems().forEach(problems::add);
        }
      }
    }
    String language = r.text("language");
    if (!language.isEmpty() && !List.of("sv", "nb", "en").contains(language)) {
      r.problem("language", "'" + language + "' is not one of: sv, nb, en");
    }
    String adoptedBy = r.optionalText("adoptedBy");
    GuidelineInfo info = new GuidelineInfo(
        r.text("id"),
        r.text("organisation"),
        Texts.read(r, "name", ""),
        r.text("version"),
        adoptedBy == null || adoptedBy.equals("none") ? null : adoptedBy,
        date(r, "date"),
        language.isEmpty() ? "en" : language,
        Texts.read(r, "purpose", ""));
    Verdict defaultVerdict = r.code("default", Verdict.class, null, Verdict.REVIEW);
    RuleCompiler compiler = new RuleCompiler();
    List<Rule> rules = new ArrayList<>();
    Set<String> ruleIds = new HashSet<>();
    if (parent != null) {
      rules.addAll(parent.rules());
      parent.rules().forEach(pr -> ruleIds.add(pr.id()));
    }
    for (MapReader rr : r.maps("rules", RULE)) {
      Rule rule = rule(rr);
      if (!rule.id().isEmpty() && !ruleIds.add(rule.id())) {
        rr.problem("id", "the rule id '" + rule.id() + "' is used twice (here or in the guideline this one extends)");
      }
      if (compiler.compile(rule) instanceof RuleCompiler.Failed(List<RuleCompiler.Issue> issues)) {
        for (RuleCompiler.Issue issue : issues) {
          report(doc, rr, rule.id(), issue);
        }
      }
      rules.add(rule);
    }
    if (rules.isEmpty() && !r.has("rules") && parent == null) {
      r.problem("rules", "a guideline needs rules; list them under 'rules'");
    }
    List<Exemption> exemptions = new ArrayList<>();
    if (parent != null) {
      exemptions.addAll(parent.exemptions());
    }
    for (MapReader er : r.maps("exceptions", EXCEPTION)) {
      exemptions.add(exemption(er, catalog.get(), audiences.get()));
    }
    if (!problems.isEmpty()) {
      throw new GuidelineException(problems.list());
    }
    return new Guideline(info, rules, exemptions, defaultVerdict);
  }

  private static Rule rule(MapReader r) {
    String id = r.text("id");
    List<Reference> references = new ArrayList<>();
    for (MapReader ref : r.maps("references", REFERENCE)) {
      URI url = ref.url("url", true);
      references.add(new Reference(ref.text("title"), url == null ? URI.create("about:blank") : url));
    }
    LocalizedText reason = Texts.read(r, "reason", id);
    for (String lang : List.of("sv", "nb", "en")) {
      for (String p : Placeholders.unknown(reason.in(lang))) {
        r.problem("reason", "rule '" + id + "': unknown placeholder {" + p + "} in the " + lang
            + " text; expected one of: " + String.join(", ", new java.util.TreeSet<>(Placeholders.NAMES)));
      }
    }
    return new Rule(
        id,
        r.text("when"),
        r.optionalText("subject"),
        r.code("verdict", Verdict.class, null, Verdict.REVIEW),
        Texts.read(r, "title", id),
        reason,
        Texts.read(r, "basis", ""),
        references);
  }

  private static Exemption exemption(MapReader r, Catalog catalog, Audiences audiences) {
    String service = r.text("service");
    if (!service.isEmpty() && catalog.service(service).isEmpty()) {
      r.problem("service", "no service '" + service + "' in the catalog (or its overlays)");
    }
    List<String> audienceIds = r.texts("audiences");
    for (String a : audienceIds) {
      if (audiences.find(a).isEmpty()) {
        r.problem("audiences", "no audience '" + a + "'; declared audiences: "
            + String.join(", ", audiences.all().stream().map(Audience::id).toList()));
      }
    }
    return new Exemption(
        service,
        r.code("verdict", Verdict.class, null, Verdict.REVIEW),
        audienceIds,
        r.text("decision"),
        Texts.read(r, "justification", ""),
        date(r, "expires"));
  }

  /**
   * Reports a CEL issue at its place in the file. For a plain, quoted or literal ({@code |})
   * scalar the expression's line and column map exactly onto the file; a folded ({@code >})
   * scalar joins lines, so its issues are reported at the field with the expression's column.
   */
  private static void report(YamlDocument doc, MapReader r, String ruleId, RuleCompiler.Issue issue) {
    String field = "rules." + issue.field();
    String message = "rule '" + ruleId + "': " + issue.message();
    Node node = r.node(issue.field());
    if (!(node instanceof ScalarNode scalar)) {
      r.problem(issue.field(), message);
      return;
    }
    Mark mark = scalar.getStartMark();
    DumperOptions.ScalarStyle style = scalar.getScalarStyle();
    if (style == DumperOptions.ScalarStyle.LITERAL) {
      // The block's base indentation is that of its first content line; YAML strips it.
      String first = doc.line(mark.getLine() + 2);
      int indent = first.length() - first.stripLeading().length();
      doc.problemAt(mark.getLine() + 1 + issue.line(), indent + issue.column(), field, message);
    } else if (style == DumperOptions.ScalarStyle.FOLDED) {
      doc.problemAt(mark.getLine() + 1, mark.getColumn() + 1, field,
          message + " (at column " + issue.column() + " of the expression)");
    } else {
      int quote = style == DumperOptions.ScalarStyle.PLAIN ? 0 : 1;
      doc.problemAt(mark.getLine() + issue.line(), mark.getColumn() + quote + issue.column(), field, message);
    }
  }

  private static LocalDate date(MapReader r, String key) {
    LocalDate d = r.date(key);
    return d == null ? LocalDate.EPOCH : d;
  }

  private static Set<String> ordered(String... names) {
    return new LinkedHashSet<>(List.of(names));
  }
}
