package eu.vern.catalog.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.vern.catalog.Accessibility;
import eu.vern.catalog.AiProperties;
import eu.vern.catalog.AppIds;
import eu.vern.catalog.Catalog;
import eu.vern.catalog.Exposure;
import eu.vern.catalog.Fact;
import eu.vern.catalog.Jurisdiction;
import eu.vern.catalog.Law;
import eu.vern.catalog.Minors;
import eu.vern.catalog.OpenSource;
import eu.vern.catalog.Parent;
import eu.vern.catalog.Service;
import eu.vern.catalog.Source;
import eu.vern.catalog.SubProcessor;
import eu.vern.catalog.Vendor;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Writes catalog entries as the stable JSON that {@code vern catalog list|show --json} prints and
 * the REST API will serve. Unknown facts are the string {@code "unknown"}; country codes are upper
 * case; field names are those of the YAML format.
 */
public final class CatalogJson {

  private static final String UNKNOWN = "unknown";

  private final ObjectMapper mapper =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private final Catalog catalog;

  public CatalogJson(Catalog catalog) {
    this.catalog = catalog;
  }

  /** The summary array of {@code list --json}. */
  public ArrayNode list(List<Service> services) {
    ArrayNode out = mapper.createArrayNode();
    for (Service s : services) {
      out.add(summary(s));
    }
    return out;
  }

  /** One service in full, with its vendor chain, exposure, laws and sources. */
  public ObjectNode show(Service s) {
    ObjectNode o = summary(s);
    Exposure e = catalog.exposure(s);
    o.put("description", s.description());
    o.put("homepage", s.homepage() == null ? null : s.homepage().toString());
    o.put("controlKnown", e.controlKnown());
    o.put("dataKnown", e.dataKnown());
    o.set("apps", apps(s.apps()));
    strings(o, "storage", s.storage());
    strings(o, "transfers", s.transfers());
    fact(
        o,
        "subProcessors",
        s.subProcessors(),
        (node, list) -> {
          ArrayNode a = node.putArray("subProcessors");
          for (SubProcessor p : list) {
            a.addObject().put("name", p.name()).put("country", p.country()).put("purpose", p.purpose());
          }
        });
    o.put("endToEndEncryption", s.endToEndEncryption().code());
    fact(
        o,
        "openSource",
        s.openSource(),
        (node, os) -> openSource(node.putObject("openSource"), os));
    o.put("selfHostable", s.selfHostable().code());
    strings(o, "exportFormats", s.exportFormats());
    fact(
        o,
        "accessibility",
        s.accessibility(),
        (node, a) -> accessibility(node.putObject("accessibility"), a));
    strings(o, "certifications", s.certifications());
    AiProperties ai = s.ai();
    if (ai == null) {
      o.putNull("ai");
    } else {
      ObjectNode a = o.putObject("ai");
      a.put("modelProvider", ai.modelProvider().orElse(UNKNOWN));
      a.put("openWeights", ai.openWeights().code());
      a.put("trainsOnInput", ai.trainsOnInput().code());
      a.put("censorship", ai.censorship().code());
    }
    minors(o.putObject("minors"), s.minors());
    ArrayNode chain = o.putArray("ownershipChain");
    e.ownershipChain().forEach(v -> chain.add(vendor(v)));
    ArrayNode laws = o.putArray("laws");
    for (Exposure.ApplicableLaw al : e.laws()) {
      ObjectNode l = law(al.law());
      ArrayNode via = l.putArray("via");
      if (al.viaControl()) {
        via.add("control");
      }
      if (al.viaData()) {
        via.add("data");
      }
      laws.add(l);
    }
    o.set("sources", sources(s.sources()));
    return o;
  }

  /** A vendor with its facts and sources. */
  public ObjectNode vendor(Vendor v) {
    ObjectNode o = mapper.createObjectNode();
    o.put("id", v.id());
    o.put("name", v.name());
    o.put("legalName", v.legalName());
    o.put("incorporated", v.incorporated().orElse(UNKNOWN));
    o.put("headquarters", v.headquarters().orElse(UNKNOWN));
    o.put("operatedFrom", v.operatedFrom().orElse(UNKNOWN));
    o.put(
        "parent",
        switch (v.parent()) {
          case Parent.Company(String id) -> id;
          case Parent.None ignored -> "none";
          case Parent.Unknown ignored -> UNKNOWN;
        });
    o.put("listed", v.listed().code());
    o.put("stateOwned", v.stateOwned().code());
    o.set("sources", sources(v.sources()));
    return o;
  }

  /** A law with its flags and sources. */
  public ObjectNode law(Law l) {
    ObjectNode o = mapper.createObjectNode();
    o.put("id", l.id());
    o.put("name", l.name());
    o.put("jurisdiction", l.jurisdiction());
    o.put("citation", l.citation());
    o.put("summary", l.summary());
    o.put("extraterritorial", l.extraterritorial());
    o.put("compelsIntelligenceCooperation", l.compelsIntelligenceCooperation());
    o.set("sources", sources(l.sources()));
    return o;
  }

  /** A jurisdiction with its names, EU/EEA membership, adequacy and sources. */
  public ObjectNode jurisdiction(Jurisdiction j) {
    ObjectNode o = mapper.createObjectNode();
    o.put("code", j.code());
    o.putObject("name").put("en", j.name().en()).put("sv", j.name().sv()).put("nb", j.name().nb());
    o.put("euEea", j.euEea());
    o.putObject("adequacy")
        .put("status", j.adequacy().status().code())
        .put("decision", j.adequacy().decision());
    o.set("sources", sources(j.sources()));
    return o;
  }

  /** Renders a node as indented JSON text. */
  public String write(com.fasterxml.jackson.databind.JsonNode node) {
    try {
      return mapper.writeValueAsString(node);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree could not be written", e);
    }
  }

  private ObjectNode summary(Service s) {
    Exposure e = catalog.exposure(s);
    ObjectNode o = mapper.createObjectNode();
    o.put("id", s.id());
    o.put("name", s.name());
    o.put("kind", s.kind().code());
    o.put("vendor", s.vendor());
    array(o, "controlJurisdictions", e.controlJurisdictions());
    array(o, "dataJurisdictions", e.dataJurisdictions());
    array(o, "domains", s.domains());
    array(o, "alternatives", s.alternatives());
    return o;
  }

  private ObjectNode apps(AppIds apps) {
    ObjectNode o = mapper.createObjectNode();
    array(o, "android", apps.android());
    array(o, "iosAppStoreIds", apps.iosAppStoreIds());
    array(o, "iosBundleIds", apps.iosBundleIds());
    array(o, "macosBundleIds", apps.macosBundleIds());
    var windows = o.putArray("windowsPackages");
    for (var w : apps.windowsPackages()) {
      ObjectNode p = windows.addObject();
      p.put("familyName", w.familyName());
      p.put("name", w.name());
      if (w.publisher() != null) {
        p.put("publisher", w.publisher());
      }
    }
    return o;
  }

  private static void openSource(ObjectNode o, OpenSource os) {
    o.put("level", os.level().code());
    o.put("licence", os.licence());
  }

  private static void accessibility(ObjectNode o, Accessibility a) {
    o.put("statement", a.statement() == null ? "none" : a.statement().toString());
    o.put("conformance", a.conformance());
  }

  private static void minors(ObjectNode o, Minors m) {
    ageOrUnknown(o, "minimumAge", m.minimumAge(), false);
    ageOrUnknown(o, "parentalConsentBelow", m.parentalConsentBelow(), true);
    o.put("educationAgreement", m.educationAgreement().code());
    o.put("profilesMinors", m.profilesMinors().code());
  }

  private static void ageOrUnknown(ObjectNode o, String key, Fact<Integer> age, boolean zeroIsNone) {
    switch (age) {
      case Fact.Known<Integer>(Integer years) when zeroIsNone && years == 0 -> o.put(key, "none");
      case Fact.Known<Integer>(Integer years) -> o.put(key, years);
      case Fact.Unknown<Integer> ignored -> o.put(key, UNKNOWN);
    }
  }

  private ArrayNode sources(List<Source> sources) {
    ArrayNode a = mapper.createArrayNode();
    for (Source s : sources) {
      ObjectNode o = a.addObject();
      array(o, "about", s.about());
      o.put("url", s.url().toString());
      o.put("checked", s.checked().toString());
      o.put("note", s.note());
    }
    return a;
  }

  private static void array(ObjectNode o, String key, List<String> values) {
    ArrayNode a = o.putArray(key);
    values.forEach(a::add);
  }

  private static void strings(ObjectNode o, String key, Fact<List<String>> fact) {
    fact(o, key, fact, (node, list) -> array(node, key, list));
  }

  private static <T> void fact(
      ObjectNode o, String key, Fact<T> fact, BiConsumer<ObjectNode, T> known) {
    switch (fact) {
      case Fact.Known<T>(T value) -> known.accept(o, value);
      case Fact.Unknown<T> ignored -> o.put(key, UNKNOWN);
    }
  }
}
