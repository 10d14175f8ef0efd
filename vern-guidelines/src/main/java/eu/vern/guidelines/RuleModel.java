package eu.vern.guidelines;

import com.google.common.collect.ImmutableCollection;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.cel.bundle.Cel;
import dev.cel.bundle.CelFactory;
import dev.cel.common.CelOptions;
import dev.cel.common.types.CelType;
import dev.cel.common.types.CelTypeProvider;
import dev.cel.common.types.ListType;
import dev.cel.common.types.SimpleType;
import dev.cel.common.types.StructType;
import dev.cel.common.types.StructTypeReference;
import dev.cel.parser.CelStandardMacro;
import eu.vern.catalog.Accessibility;
import eu.vern.catalog.AiProperties;
import eu.vern.catalog.Catalog;
import eu.vern.catalog.Exposure;
import eu.vern.catalog.Fact;
import eu.vern.catalog.Jurisdiction;
import eu.vern.catalog.Minors;
import eu.vern.catalog.OpenSource;
import eu.vern.catalog.Service;
import eu.vern.catalog.Vendor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rule model: what a CEL condition can read ({@code service}, {@code audience}, {@code
 * dataCategory}), declared as typed structs so that an unknown field or a type error is caught when
 * the guideline is loaded, and filled as plain maps when a service is assessed. docs/guidelines.md
 * documents every field; a test keeps the two in step.
 */
final class RuleModel {

  static final String UNKNOWN = "unknown";

  static final Map<String, CelType> JURISDICTION_FIELDS = fields(
      "code", SimpleType.STRING,
      "euEea", SimpleType.BOOL,
      "adequacy", SimpleType.STRING);

  static final Map<String, CelType> LAW_FIELDS = fields(
      "id", SimpleType.STRING,
      "name", SimpleType.STRING,
      "jurisdiction", SimpleType.STRING,
      "euEea", SimpleType.BOOL,
      "adequacy", SimpleType.STRING,
      "extraterritorial", SimpleType.BOOL,
      "compelsIntelligenceCooperation", SimpleType.BOOL,
      "viaControl", SimpleType.BOOL,
      "viaData", SimpleType.BOOL);

  static final Map<String, CelType> VENDOR_FIELDS = fields(
      "id", SimpleType.STRING,
      "name", SimpleType.STRING,
      "incorporated", SimpleType.STRING,
      "headquarters", SimpleType.STRING,
      "operatedFrom", SimpleType.STRING,
      "listed", SimpleType.STRING,
      "stateOwned", SimpleType.STRING);

  static final Map<String, CelType> AI_FIELDS = fields(
      "modelProvider", SimpleType.STRING,
      "openWeights", SimpleType.STRING,
      "trainsOnInput", SimpleType.STRING,
      "censorship", SimpleType.STRING);

  static final Map<String, CelType> MINORS_FIELDS = fields(
      "minimumAge", SimpleType.INT,
      "minimumAgeKnown", SimpleType.BOOL,
      "parentalConsentBelow", SimpleType.INT,
      "parentalConsentKnown", SimpleType.BOOL,
      "educationAgreement", SimpleType.STRING,
      "profilesMinors", SimpleType.STRING);

  static final Map<String, CelType> SERVICE_FIELDS = fields(
      "id", SimpleType.STRING,
      "name", SimpleType.STRING,
      "kind", SimpleType.STRING,
      "vendor", SimpleType.STRING,
      "domains", ListType.create(SimpleType.STRING),
      "hasApps", SimpleType.BOOL,
      "storage", ListType.create(SimpleType.STRING),
      "storageKnown", SimpleType.BOOL,
      "transfers", ListType.create(SimpleType.STRING),
      "transfersKnown", SimpleType.BOOL,
      "control", ListType.create(StructTypeReference.create("vern.Jurisdiction")),
      "controlKnown", SimpleType.BOOL,
      "data", ListType.create(StructTypeReference.create("vern.Jurisdiction")),
      "dataKnown", SimpleType.BOOL,
      "laws", ListType.create(StructTypeReference.create("vern.Law")),
      "vendors", ListType.create(StructTypeReference.create("vern.Vendor")),
      "endToEndEncryption", SimpleType.STRING,
      "openSource", SimpleType.STRING,
      "selfHostable", SimpleType.STRING,
      "exportFormats", ListType.create(SimpleType.STRING),
      "certifications", ListType.create(SimpleType.STRING),
      "accessibilityStatement", SimpleType.BOOL,
      "isAi", SimpleType.BOOL,
      "ai", StructTypeReference.create("vern.Ai"),
      "minors", StructTypeReference.create("vern.Minors"),
      "alternatives", ListType.create(SimpleType.STRING));

  static final Map<String, CelType> AUDIENCE_FIELDS = fields(
      "id", SimpleType.STRING,
      "youngestAge", SimpleType.INT,
      "oldestAge", SimpleType.INT,
      "minors", SimpleType.BOOL,
      "dataCategories", ListType.create(SimpleType.STRING));

  static final StructType SERVICE = struct("vern.Service", SERVICE_FIELDS);
  static final StructType AUDIENCE = struct("vern.Audience", AUDIENCE_FIELDS);
  static final StructType LAW = struct("vern.Law", LAW_FIELDS);

  private static final List<CelType> TYPES = List.of(
      SERVICE,
      AUDIENCE,
      LAW,
      struct("vern.Jurisdiction", JURISDICTION_FIELDS),
      struct("vern.Vendor", VENDOR_FIELDS),
      struct("vern.Ai", AI_FIELDS),
      struct("vern.Minors", MINORS_FIELDS));

  private RuleModel() {}

  /** The CEL environment every rule is compiled in. */
  static Cel cel() {
    CelTypeProvider provider =
        new CelTypeProvider() {
          @Override
          public ImmutableCollection<CelType> types() {
            return ImmutableList.copyOf(TYPES);
          }

          @Override
          public Optional<CelType> findType(String name) {
            return TYPES.stream().filter(t -> t.name().equals(name)).findFirst();
          }
        };
    // Overloads are resolved when a rule is compiled, not on every call while assessing.
    CelOptions options = CelOptions.current().enableCompileTimeOverloadResolution(true).build();
    return CelFactory.standardCelBuilder()
        .setOptions(options)
        .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
        .setTypeProvider(provider)
        .addVar("service", SERVICE)
        .addVar("audience", AUDIENCE)
        .addVar("dataCategory", SimpleType.STRING)
        .build();
  }

  /**
   * Builds the rule model's view of services of one catalog. The parts many services share — a
   * jurisdiction, a law as it applies, a vendor's ownership chain — are built once and reused, so
   * that assessing a large catalog allocates per service only what is its own.
   */
  static final class Views {
    private final Catalog catalog;
    private final Map<String, Map<String, Object>> jurisdictions = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Map<String, Object>> laws = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, List<Map<String, Object>>> chains = new java.util.concurrent.ConcurrentHashMap<>();

    Views(Catalog catalog) {
      this.catalog = catalog;
    }

    Map<String, Object> service(Service s) {
      return RuleModel.service(this, catalog, s);
    }

    Map<String, Object> jurisdiction(String code) {
      return jurisdictions.computeIfAbsent(code, c -> {
        Optional<Jurisdiction> j = catalog.jurisdiction(c);
        return Map.of(
            "code", c,
            "euEea", j.map(Jurisdiction::euEea).orElse(false),
            "adequacy", j.map(x -> x.adequacy().status().code()).orElse(UNKNOWN));
      });
    }

    Map<String, Object> law(Exposure.ApplicableLaw al) {
      String key = al.law().id() + (al.viaControl() ? "+c" : "") + (al.viaData() ? "+d" : "");
      return laws.computeIfAbsent(key, k -> {
        Map<String, Object> j = jurisdiction(al.law().jurisdiction());
        return Map.of(
            "id", al.law().id(),
            "name", al.law().name(),
            "jurisdiction", al.law().jurisdiction(),
            "euEea", j.get("euEea"),
            "adequacy", j.get("adequacy"),
            "extraterritorial", al.law().extraterritorial(),
            "compelsIntelligenceCooperation", al.law().compelsIntelligenceCooperation(),
            "viaControl", al.viaControl(),
            "viaData", al.viaData());
      });
    }

    List<Map<String, Object>> chain(Service s, Exposure e) {
      return chains.computeIfAbsent(s.vendor(), v -> {
        List<Map<String, Object>> vendors = new ArrayList<>();
        for (Vendor vendor : e.ownershipChain()) {
          vendors.add(Map.of(
              "id", vendor.id(),
              "name", vendor.name(),
              "incorporated", vendor.incorporated().orElse(UNKNOWN),
              "headquarters", vendor.headquarters().orElse(UNKNOWN),
              "operatedFrom", vendor.operatedFrom().orElse(UNKNOWN),
              "listed", vendor.listed().code(),
              "stateOwned", vendor.stateOwned().code()));
        }
        return List.copyOf(vendors);
      });
    }
  }

  private static Map<String, Object> service(Views views, Catalog catalog, Service s) {
    Exposure e = catalog.exposure(s);
    Map<String, Object> m = new HashMap<>();
    m.put("id", s.id());
    m.put("name", s.name());
    m.put("kind", s.kind().code());
    m.put("vendor", s.vendor());
    m.put("domains", s.domains());
    m.put("hasApps", !s.apps().isEmpty());
    m.put("storage", s.storage().orElse(List.of()));
    m.put("storageKnown", s.storage().isKnown());
    m.put("transfers", s.transfers().orElse(List.of()));
    m.put("transfersKnown", s.transfers().isKnown());
    m.put("control", e.controlJurisdictions().stream().map(views::jurisdiction).toList());
    m.put("controlKnown", e.controlKnown());
    m.put("data", e.dataJurisdictions().stream().map(views::jurisdiction).toList());
    m.put("dataKnown", e.dataKnown());
    m.put("laws", e.laws().stream().map(views::law).toList());
    m.put("vendors", views.chain(s, e));
    m.put("endToEndEncryption", s.endToEndEncryption().code());
    m.put("openSource", s.openSource() instanceof Fact.Known<OpenSource>(OpenSource os) ? os.level().code() : UNKNOWN);
    m.put("selfHostable", s.selfHostable().code());
    m.put("exportFormats", s.exportFormats().orElse(List.of()));
    m.put("certifications", s.certifications().orElse(List.of()));
    m.put("accessibilityStatement",
        s.accessibility() instanceof Fact.Known<Accessibility>(Accessibility a) && a.statement() != null);
    AiProperties ai = s.ai() == null ? AiProperties.UNKNOWN : s.ai();
    m.put("isAi", s.ai() != null);
    m.put("ai", Map.of(
        "modelProvider", ai.modelProvider().orElse(UNKNOWN),
        "openWeights", ai.openWeights().code(),
        "trainsOnInput", ai.trainsOnInput().code(),
        "censorship", ai.censorship().code()));
    Minors minors = s.minors();
    m.put("minors", Map.of(
        "minimumAge", (long) minors.minimumAge().orElse(0),
        "minimumAgeKnown", minors.minimumAge().isKnown(),
        "parentalConsentBelow", (long) minors.parentalConsentBelow().orElse(0),
        "parentalConsentKnown", minors.parentalConsentBelow().isKnown(),
        "educationAgreement", minors.educationAgreement().code(),
        "profilesMinors", minors.profilesMinors().code()));
    m.put("alternatives", s.alternatives());
    return m;
  }

  /** The audience as the rules see it. */
  static Map<String, Object> audience(Audience a) {
    return Map.of(
        "id", a.id(),
        "youngestAge", (long) a.ages().youngest(),
        "oldestAge", (long) a.ages().oldest(),
        "minors", a.ages().includesMinors(),
        "dataCategories", a.dataCategories().stream().map(DataCategory::code).toList());
  }

  private static Map<String, CelType> fields(Object... pairs) {
    Map<String, CelType> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], (CelType) pairs[i + 1]);
    }
    return java.util.Collections.unmodifiableMap(map);
  }

  private static StructType struct(String name, Map<String, CelType> fields) {
    ImmutableMap<String, CelType> frozen = ImmutableMap.copyOf(fields);
    return StructType.create(name, frozen.keySet(), f -> Optional.ofNullable(frozen.get(f)));
  }
}
