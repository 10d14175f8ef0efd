package eu.vern.discovery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The stable JSON form of a {@link DiscoveryReport} (docs/discovery.md). */
public final class ReportJson {

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ReportJson() {}

  /** The report as a JSON document. */
  public static String write(DiscoveryReport r) {
    ObjectNode root = MAPPER.createObjectNode();
    ObjectNode lines = root.putObject("lines");
    lines.put("total", r.lines().total());
    lines.put("parsed", r.lines().parsed());
    lines.put("malformed", r.lines().malformed());
    lines.put("ignored", r.lines().ignored());
    lines.put("outsideWindow", r.lines().outsideWindow());
    ArrayNode formats = root.putArray("formats");
    r.formats().forEach(formats::add);
    if (!r.notes().isEmpty()) {
      ArrayNode notes = root.putArray("notes");
      r.notes().forEach(notes::add);
    }
    root.put("publicSuffixList", r.publicSuffixList());
    root.put("minClients", r.minClients());
    time(root, "firstSeen", r.firstSeen());
    time(root, "lastSeen", r.lastSeen());
    ArrayNode services = root.putArray("services");
    for (DiscoveryReport.ServiceUsage s : r.services()) {
      ObjectNode n = services.addObject();
      n.put("id", s.id());
      n.put("name", s.name());
      n.put("kind", s.kind());
      n.put("verdict", s.verdict());
      n.put("queries", s.queries());
      n.put("clients", s.clients());
      time(n, "firstSeen", s.firstSeen());
      time(n, "lastSeen", s.lastSeen());
      ArrayNode domains = n.putArray("domains");
      s.domains().forEach(domains::add);
    }
    ArrayNode unknown = root.putArray("unknown");
    for (DiscoveryReport.DomainUsage d : r.unknown()) {
      ObjectNode n = unknown.addObject();
      n.put("domain", d.domain());
      n.put("queries", d.queries());
      n.put("clients", d.clients());
      time(n, "firstSeen", d.firstSeen());
      time(n, "lastSeen", d.lastSeen());
    }
    aliases(root.putArray("aliases"), r.aliases());
    aliases(root.putArray("cnameLeaks"), r.cnameLeaks());
    root.put("suppressed", r.suppressed());
    if (!r.audiences().isEmpty()) {
      ArrayNode audiences = root.putArray("audiences");
      for (DiscoveryReport.AudienceUsage a : r.audiences()) {
        ObjectNode n = audiences.addObject();
        n.put("audience", a.audience());
        ArrayNode rows = n.putArray("services");
        for (DiscoveryReport.AudienceService s : a.services()) {
          ObjectNode row = rows.addObject();
          row.put("id", s.id());
          row.put("name", s.name());
          row.put("verdict", s.verdict());
          row.put("queries", s.queries());
          row.put("clients", s.clients());
        }
        aliases(n.putArray("cnameLeaks"), a.cnameLeaks());
        n.put("suppressed", a.suppressed());
      }
    }
    try {
      return MAPPER.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of plain values always serialises", e);
    }
  }

  private static void aliases(ArrayNode array, java.util.List<DiscoveryReport.AliasUsage> rows) {
    for (DiscoveryReport.AliasUsage a : rows) {
      ObjectNode n = array.addObject();
      n.put("domain", a.domain());
      n.put("service", a.serviceId());
      n.put("name", a.serviceName());
      n.put("verdict", a.verdict());
      n.put("queries", a.queries());
      n.put("clients", a.clients());
    }
  }

  private static void time(ObjectNode n, String field, @Nullable Instant t) {
    if (t == null) {
      n.putNull(field);
    } else {
      n.put(field, t.toString());
    }
  }
}
