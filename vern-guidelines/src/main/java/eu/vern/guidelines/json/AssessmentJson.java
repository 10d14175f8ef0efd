package eu.vern.guidelines.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.vern.catalog.Catalog;
import eu.vern.catalog.Source;
import eu.vern.guidelines.Assessment;
import eu.vern.guidelines.Exemption;
import eu.vern.guidelines.Explanation;
import eu.vern.guidelines.Guideline;
import eu.vern.guidelines.LocalizedText;
import eu.vern.guidelines.Rule;
import eu.vern.guidelines.VerdictChange;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes assessments as the stable JSON that {@code vern assess --json} prints and the REST API
 * will serve: {@code {"guideline", "catalog", "asOf", "verdicts": [...]}}.
 */
public final class AssessmentJson {

  private final ObjectMapper mapper = new ObjectMapper();

  /** The whole answer of {@code vern assess --json}. */
  public ObjectNode assessments(Guideline guideline, Catalog catalog, LocalDate asOf, List<Assessment> verdicts) {
    ObjectNode root = header(guideline, catalog, asOf);
    ArrayNode list = root.putArray("verdicts");
    verdicts.forEach(a -> list.add(assessment(a)));
    return root;
  }

  /** {@code vern assess --service ID --explain --json}. */
  public ObjectNode explanation(Guideline guideline, Catalog catalog, LocalDate asOf, Explanation e) {
    ObjectNode root = header(guideline, catalog, asOf);
    root.set("assessment", assessment(e.assessment()));
    root.set("baseline", assessment(e.baseline()));
    root.put("audienceMadeTheDifference", e.audienceMadeTheDifference());
    ArrayNode rules = root.putArray("rules");
    for (Explanation.RuleOutcome o : e.rules()) {
      ObjectNode r = rules.addObject();
      r.put("id", o.rule().id());
      r.put("verdict", o.rule().verdict().code());
      r.put("matched", o.matched());
      r.put("when", o.rule().when());
      ArrayNode reads = r.putArray("reads");
      o.reads().forEach(reads::add);
    }
    ArrayNode facts = root.putArray("facts");
    for (Explanation.FactUsed f : e.facts()) {
      ObjectNode fact = facts.addObject();
      fact.put("path", f.path());
      fact.put("value", f.value());
      fact.set("sources", sources(f.sources()));
    }
    return root;
  }

  /** {@code vern assess --diff OLD --json}. */
  public ObjectNode changes(Guideline guideline, Catalog catalog, LocalDate asOf, List<VerdictChange> changes) {
    ObjectNode root = header(guideline, catalog, asOf);
    ArrayNode list = root.putArray("changes");
    for (VerdictChange c : changes) {
      ObjectNode o = list.addObject();
      o.put("service", c.serviceId());
      o.put("audience", c.audienceId());
      o.put("before", c.verdictBefore() == null ? null : c.verdictBefore().code());
      o.put("after", c.verdictAfter() == null ? null : c.verdictAfter().code());
      if (c.before() != null) {
        o.set("reasonsBefore", texts(c.before().reasons()));
      }
      if (c.after() != null) {
        o.set("reasonsAfter", texts(c.after().reasons()));
      }
    }
    return root;
  }

  /** One assessment. */
  public ObjectNode assessment(Assessment a) {
    ObjectNode o = mapper.createObjectNode();
    o.put("service", a.service().id());
    o.put("name", a.service().name());
    o.put("kind", a.service().kind().code());
    o.put("audience", a.audience().id());
    o.put("dataCategory", a.dataCategory().code());
    o.put("verdict", a.verdict().code());
    o.put("ruleVerdict", a.ruleVerdict().code());
    o.put("decidingRule", a.deciding() == null ? null : a.deciding().id());
    ArrayNode rules = o.putArray("rules");
    a.matched().stream().map(Rule::id).forEach(rules::add);
    o.set("reasons", texts(a.reasons()));
    o.set("exception", a.exemption() == null ? mapper.nullNode() : exemption(a.exemption()));
    ArrayNode expired = o.putArray("expiredExceptions");
    a.expired().forEach(e -> expired.add(exemption(e)));
    return o;
  }

  /** Renders a node as indented JSON text. */
  public String write(com.fasterxml.jackson.databind.JsonNode node) {
    try {
      return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(node);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree could not be written", e);
    }
  }

  private ObjectNode header(Guideline guideline, Catalog catalog, LocalDate asOf) {
    ObjectNode root = mapper.createObjectNode();
    ObjectNode g = root.putObject("guideline");
    g.put("id", guideline.info().id());
    g.set("name", text(guideline.info().name()));
    g.put("organisation", guideline.info().organisation());
    g.put("version", guideline.info().version());
    g.put("adoptedBy", guideline.info().adoptedBy());
    g.put("date", guideline.info().date().toString());
    g.put("defaultVerdict", guideline.defaultVerdict().code());
    root.putObject("catalog").put("id", catalog.release().id()).put("version", catalog.release().version());
    root.put("asOf", asOf.toString());
    return root;
  }

  private ObjectNode exemption(Exemption e) {
    ObjectNode o = mapper.createObjectNode();
    o.put("service", e.service());
    o.put("verdict", e.verdict().code());
    ArrayNode audiences = o.putArray("audiences");
    e.audiences().forEach(audiences::add);
    o.put("decision", e.decision());
    o.set("justification", text(e.justification()));
    o.put("expires", e.expires().toString());
    return o;
  }

  private ArrayNode texts(List<LocalizedText> texts) {
    ArrayNode a = mapper.createArrayNode();
    texts.forEach(t -> a.add(text(t)));
    return a;
  }

  private ObjectNode text(LocalizedText t) {
    return mapper.createObjectNode().put("sv", t.sv()).put("nb", t.nb()).put("en", t.en());
  }

  private ArrayNode sources(List<Source> sources) {
    ArrayNode a = mapper.createArrayNode();
    for (Source s : sources) {
      a.addObject().put("url", s.url().toString()).put("checked", s.checked().toString()).put("note", s.note());
    }
    return a;
  }
}
