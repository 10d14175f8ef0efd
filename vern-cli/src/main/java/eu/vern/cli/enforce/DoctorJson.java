package eu.vern.cli.enforce;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.vern.catalog.Coded;
import eu.vern.enforce.doctor.Answer;
import eu.vern.enforce.doctor.DoctorReport;
import eu.vern.enforce.doctor.Finding;
import java.io.UncheckedIOException;
import java.util.List;

/** {@code vern doctor --json}: the report as the stable form docs/json.md describes ({@code vern-doctor/1}). */
final class DoctorJson {

  private static final ObjectMapper JSON = new ObjectMapper();

  private DoctorJson() {}

  static String write(DoctorReport report) {
    ObjectNode root = JSON.createObjectNode();
    root.put("format", "vern-doctor/1");
    root.put("resolver", report.resolver());
    root.put("clean", report.clean());
    root.put("problems", report.problems());
    ArrayNode findings = root.putArray("findings");
    for (Finding f : report.findings()) {
      ObjectNode n = findings.addObject();
      switch (f) {
        case Finding.Canary c -> {
          n.put("check", "canary").put("name", c.name()).put("problem", c.problem());
          n.set("answer", answer(c.answer()));
        }
        case Finding.Service s -> {
          n.put("check", "blocked-name").put("name", s.name()).put("service", s.service()).put("problem", s.problem());
          n.set("answer", answer(s.plain()));
          n.set("answerWithDnssec", answer(s.withDnssec()));
        }
        case Finding.Alias a -> {
          n.put("check", "alias").put("name", a.name()).put("problem", a.problem())
              .put("outcome", Coded.kebab(a.outcome()));
          strings(n.putArray("targets"), a.targets());
          ArrayNode answers = n.putArray("answers");
          a.answers().forEach(x -> answers.add(answer(x)));
        }
        case Finding.Unreachable u -> n.put("check", "reachable").put("problem", true);
      }
    }
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode answer(Answer a) {
    ObjectNode n = JSON.createObjectNode();
    switch (a) {
      case Answer.Blocked b -> n.put("result", "blocked").put("way", Coded.kebab(b.way()));
      case Answer.Resolved r -> {
        n.put("result", "resolved");
        strings(n.putArray("addresses"), r.addresses());
      }
      case Answer.Failed f -> n.put("result", "failed").put("rcode", f.rcode());
      case Answer.Silent s -> n.put("result", "silent");
    }
    strings(n.putArray("aliases"), a.aliases());
    return n;
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }
}
