package eu.vern.enforce;

import com.fasterxml.jackson.core.JsonGenerator;
import eu.vern.catalog.AppIds;
import eu.vern.catalog.WindowsPackage;
import eu.vern.guidelines.Cidr;
import eu.vern.guidelines.Verdict;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The verdicts as JSON, for enforcement points Vern has no format for (docs/enforcement.md):
 * provenance, then per audience the blocked and allowed services with their names, and the usable
 * services that share an app with a blocked one (an MDM must leave that app installed).
 */
final class VerdictsJson {

  private VerdictsJson() {}

  static void write(Policy policy, Writer out) throws IOException {
    Provenance p = policy.provenance();
    try (JsonGenerator g = BrowserExports.generator(out)) {
      g.writeStartObject();
      g.writeStringField("format", "vern-enforcement/1");
      g.writeObjectFieldStart("guideline");
      g.writeStringField("id", p.guideline());
      g.writeStringField("version", p.guidelineVersion());
      g.writeStringField("name", p.guidelineName());
      g.writeStringField("organisation", p.organisation());
      g.writeEndObject();
      g.writeObjectFieldStart("catalog");
      g.writeStringField("id", p.catalog());
      g.writeStringField("version", p.catalogVersion());
      g.writeEndObject();
      g.writeStringField("asOf", p.asOf().toString());
      g.writeStringField("dataCategory", p.dataCategory().code());
      g.writeArrayFieldStart("enforced");
      for (Verdict v : p.enforced()) {
        g.writeString(v.code());
      }
      g.writeEndArray();
      g.writeStringField("generated", p.generated().toString());
      g.writeArrayFieldStart("audiences");
      for (Blocklist b : policy.audiences()) {
        g.writeStartObject();
        g.writeStringField("id", b.audience().id());
        g.writeArrayFieldStart("networks");
        for (Cidr c : b.audience().recognition().networks()) {
          g.writeString(c.text());
        }
        g.writeEndArray();
        entries(g, "blocked", b.blocked());
        entries(g, "allowed", b.allowed());
        if (!b.sharingApps().isEmpty()) {
          entries(g, "sharingApps", b.sharingApps());
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    out.write('\n');
  }

  private static void apps(JsonGenerator g, AppIds apps) throws IOException {
    g.writeObjectFieldStart("apps");
    strings(g, "android", apps.android());
    strings(g, "iosBundleIds", apps.iosBundleIds());
    strings(g, "macosBundleIds", apps.macosBundleIds());
    g.writeArrayFieldStart("windowsPackages");
    for (WindowsPackage w : apps.windowsPackages()) {
      g.writeString(w.familyName());
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
    g.writeArrayFieldStart(field);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  private static void entries(JsonGenerator g, String field, List<Blocklist.Entry> entries) throws IOException {
    g.writeArrayFieldStart(field);
    for (Blocklist.Entry e : entries) {
      g.writeStartObject();
      g.writeStringField("service", e.service());
      g.writeStringField("name", e.name());
      g.writeStringField("verdict", e.verdict().code());
      g.writeStringField("because", e.because());
      g.writeArrayFieldStart("domains");
      for (String d : e.domains()) {
        g.writeString(d);
      }
      g.writeEndArray();
      if (!e.apps().isEmpty()) {
        apps(g, e.apps());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
  }
}
