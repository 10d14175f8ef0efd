package eu.vern.catalog;

import eu.vern.catalog.yaml.MapReader;
import eu.vern.catalog.yaml.YamlDocument;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.error.Mark;

/** Binds one YAML document to a catalog record, checking everything a single file can show. */
final class EntryReader {

  static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

  static final Set<String> SERVICE_FACTS =
      Set.of(
          "domains", "apps", "storage", "transfers", "subProcessors", "endToEndEncryption",
          "openSource", "selfHostable", "exportFormats", "accessibility", "certifications",
          "ai.modelProvider", "ai.openWeights", "ai.trainsOnInput", "ai.censorship",
          "minors.minimumAge", "minors.parentalConsentBelow", "minors.educationAgreement",
          "minors.profilesMinors");
  static final Set<String> VENDOR_FACTS =
      Set.of("incorporated", "headquarters", "operatedFrom", "parent", "listed", "stateOwned");
  static final Set<String> JURISDICTION_FACTS = Set.of("euEea", "adequacy");
  static final Set<String> LAW_FACTS = Set.of("extraterritorial", "compelsIntelligenceCooperation");

  private static final Set<String> SERVICE_FIELDS =
      ordered(
          "id", "name", "kind", "vendor", "description", "homepage", "domains", "apps", "storage",
          "transfers", "subProcessors", "endToEndEncryption", "openSource", "selfHostable",
          "exportFormats", "accessibility", "certifications", "ai", "minors", "alternatives",
          "sources");
  private static final Set<String> APP_FIELDS =
      ordered(
          "android", "iosAppStoreIds", "iosBundleIds", "macosBundleIds", "windowsPackages");
  private static final Set<String> WINDOWS_PACKAGE_FIELDS = ordered("familyName", "publisher");
  private static final Set<String> AI_FIELDS =
      ordered("modelProvider", "openWeights", "trainsOnInput", "censorship");
  private static final Set<String> MINOR_FIELDS =
      ordered("minimumAge", "parentalConsentBelow", "educationAgreement", "profilesMinors");
  private static final Set<String> VENDOR_FIELDS =
      ordered(
          "id", "name", "legalName", "incorporated", "headquarters", "operatedFrom", "parent",
          "listed", "stateOwned", "sources");
  private static final Set<String> JURISDICTION_FIELDS =
      ordered("code", "name", "euEea", "adequacy", "sources");
  private static final Set<String> LAW_FIELDS =
      ordered(
          "id", "name", "jurisdiction", "citation", "summary", "extraterritorial",
          "compelsIntelligenceCooperation", "sources");
  private static final Set<String> RELEASE_FIELDS =
      ordered("id", "title", "version", "licence", "publisher");
  private static final Set<String> SOURCE_FIELDS = ordered("about", "url", "checked", "note");

  private EntryReader() {}

  static @Nullable Located<Service> service(YamlDocument doc, String expectedId) {
    Map<String, Mark> marks = new HashMap<>();
    MapReader r = MapReader.root(doc, SERVICE_FIELDS, marks);
    if (r == null) {
      return null;
    }
    String id = id(r, expectedId);
    ServiceKind kind = r.code("kind", ServiceKind.class, null, ServiceKind.OTHER);
    List<String> domains = new ArrayList<>();
    for (String raw : r.texts("domains")) {
      switch (DomainNames.normalise(raw)) {
        case DomainNames.Valid(String name) -> domains.add(name);
        case DomainNames.Invalid(String reason) ->
            r.problem("domains", "'" + raw + "' is not a valid domain name: " + reason);
      }
    }
    Fact<List<String>> storage = countries(r, "storage");
    Fact<List<String>> transfers = countries(r, "transfers");
    AiProperties ai = null;
    MapReader aiReader = r.map("ai", AI_FIELDS);
    if (aiReader != null) {
      ai = ai(aiReader);
    } else if (kind.isAi()) {
      r.problem("kind", "an AI service must have an 'ai' block (write unknown for what is not known)");
    }
    MapReader minorsReader = r.map("minors", MINOR_FIELDS);
    Minors minors = minorsReader == null ? Minors.UNKNOWN : minors(minorsReader);
    Service service =
        new Service(
            id,
            r.text("name"),
            kind,
            r.text("vendor"),
            r.text("description"),
            r.url("homepage", false),
            domains,
            apps(r),
            storage,
            transfers,
            subProcessors(r),
            r.code("endToEndEncryption", Encryption.class, Encryption.UNKNOWN),
            openSource(r),
            r.code("selfHostable", Tristate.class, Tristate.UNKNOWN),
            r.factTexts("exportFormats"),
            accessibility(r),
            r.factTexts("certifications"),
            ai,
            minors,
            r.texts("alternatives"),
            sources(r, SERVICE_FACTS));
    return new Located<>(service, doc, marks);
  }

  static @Nullable Located<Vendor> vendor(YamlDocument doc, String expectedId) {
    Map<String, Mark> marks = new HashMap<>();
    MapReader r = MapReader.root(doc, VENDOR_FIELDS, marks);
    if (r == null) {
      return null;
    }
    Parent parent;
    String p = r.optionalText("parent");
    if (p == null || p.equals(MapReader.UNKNOWN)) {
      parent = new Parent.Unknown();
    } else if (p.equals("none")) {
      parent = new Parent.None();
    } else {
      parent = new Parent.Company(p);
    }
    Vendor vendor =
        new Vendor(
            id(r, expectedId),
            r.text("name"),
            r.text("legalName"),
            country(r, "incorporated"),
            country(r, "headquarters"),
            country(r, "operatedFrom"),
            parent,
            r.code("listed", Tristate.class, Tristate.UNKNOWN),
            r.code("stateOwned", Tristate.class, Tristate.UNKNOWN),
            sources(r, VENDOR_FACTS));
    return new Located<>(vendor, doc, marks);
  }

  static @Nullable Located<Jurisdiction> jurisdiction(YamlDocument doc, String expectedCode) {
    Map<String, Mark> marks = new HashMap<>();
    MapReader r = MapReader.root(doc, JURISDICTION_FIELDS, marks);
    if (r == null) {
      return null;
    }
    String code = r.text("code");
    if (!code.isEmpty() && !code.equals(expectedCode)) {
      r.problem(
          "code",
          "the code '" + code + "' does not match the file name; expected '" + expectedCode + "'");
    }
    LocalizedName name = new LocalizedName("", "", "");
    MapReader names = r.map("name", ordered("en", "sv", "nb"));
    if (names == null) {
      r.problem("name", "missing required field; give the name in en, sv and nb");
    } else {
      name = new LocalizedName(names.text("en"), names.text("sv"), names.text("nb"));
    }
    Adequacy adequacy = new Adequacy(AdequacyStatus.NO, "");
    MapReader a = r.map("adequacy", ordered("status", "decision"));
    if (a == null) {
      r.problem("adequacy", "missing required field");
    } else {
      adequacy = new Adequacy(a.code("status", AdequacyStatus.class, null), a.text("decision"));
    }
    Jurisdiction j =
        new Jurisdiction(
            expectedCode, name, r.bool("euEea"), adequacy, sources(r, JURISDICTION_FACTS));
    return new Located<>(j, doc, marks);
  }

  static @Nullable Located<Law> law(YamlDocument doc, String expectedId) {
    Map<String, Mark> marks = new HashMap<>();
    MapReader r = MapReader.root(doc, LAW_FIELDS, marks);
    if (r == null) {
      return null;
    }
    String jurisdiction = r.text("jurisdiction");
    Law law =
        new Law(
            id(r, expectedId),
            r.text("name"),
            jurisdiction,
            r.text("citation"),
            r.text("summary"),
            r.bool("extraterritorial"),
            r.bool("compelsIntelligenceCooperation"),
            sources(r, LAW_FACTS));
    return new Located<>(law, doc, marks);
  }

  static @Nullable ReleaseInfo release(YamlDocument doc) {
    MapReader r = MapReader.root(doc, RELEASE_FIELDS, new HashMap<>());
    if (r == null) {
      return null;
    }
    return new ReleaseInfo(
        r.text("id"), r.text("version"), r.text("title"), r.text("licence"), r.text("publisher"));
  }

  private static String id(MapReader r, String expectedId) {
    String id = r.text("id");
    if (id.isEmpty()) {
      return expectedId;
    }
    if (!ID.matcher(id).matches()) {
      r.problem("id", "'" + id + "' is not a valid id; use lower-case words joined by hyphens");
    } else if (!id.equals(expectedId)) {
      r.problem(
          "id", "the id '" + id + "' does not match the file name; expected '" + expectedId + "'");
    }
    return id;
  }

  private static Fact<String> country(MapReader r, String key) {
    String v = r.optionalText(key);
    if (v == null || v.equals(MapReader.UNKNOWN)) {
      return Fact.unknown();
    }
    if (!COUNTRY.matcher(v).matches()) {
      r.problem(key, "'" + v + "' is not an upper-case ISO 3166-1 alpha-2 country code");
    }
    return Fact.known(v);
  }

  private static Fact<List<String>> countries(MapReader r, String key) {
    Fact<List<String>> fact = r.factTexts(key);
    for (String code : fact.orElse(List.of())) {
      if (!COUNTRY.matcher(code).matches()) {
        r.problem(key, "'" + code + "' is not an upper-case ISO 3166-1 alpha-2 country code");
      }
    }
    return fact;
  }

  private static AppIds apps(MapReader r) {
    MapReader a = r.map("apps", APP_FIELDS);
    if (a == null) {
      return AppIds.NONE;
    }
    List<WindowsPackage> windows = new ArrayList<>();
    for (MapReader w : a.maps("windowsPackages", WINDOWS_PACKAGE_FIELDS)) {
      String familyName = w.text("familyName");
      String publisher = w.optionalText("publisher");
      if (familyName.isEmpty()) {
        continue;
      }
      // The family name is checked alone first, so that a wrong publisher is reported at its own line.
      String nameProblem = WindowsPackage.problem(familyName, null);
      String publisherProblem = nameProblem == null ? WindowsPackage.problem(familyName, publisher) : null;
      if (nameProblem != null) {
        w.problem("familyName", nameProblem);
      } else if (publisherProblem != null) {
        w.problem("publisher", publisherProblem);
      } else {
        windows.add(new WindowsPackage(familyName, publisher));
      }
    }
    return new AppIds(
        appIds(a, "android"),
        appIds(a, "iosAppStoreIds"),
        appIds(a, "iosBundleIds"),
        appIds(a, "macosBundleIds"),
        windows);
  }

  /** The ids of one app list; a malformed one is reported at its item and left out. */
  private static List<String> appIds(MapReader a, String field) {
    return a.texts(field, id -> AppIds.problem(field, id));
  }

  private static Fact<List<SubProcessor>> subProcessors(MapReader r) {
    if (!r.has("subProcessors") || r.isUnknown("subProcessors")) {
      return Fact.unknown();
    }
    List<SubProcessor> out = new ArrayList<>();
    for (MapReader s : r.maps("subProcessors", ordered("name", "country", "purpose"))) {
      String country = s.text("country");
      if (!country.isEmpty() && !COUNTRY.matcher(country).matches()) {
        s.problem("country", "'" + country + "' is not an upper-case ISO 3166-1 alpha-2 code");
      }
      out.add(new SubProcessor(s.text("name"), country, s.text("purpose")));
    }
    return Fact.known(out);
  }

  private static Fact<OpenSource> openSource(MapReader r) {
    if (!r.has("openSource") || r.isUnknown("openSource")) {
      return Fact.unknown();
    }
    MapReader o = r.map("openSource", ordered("level", "licence"));
    if (o == null) {
      return Fact.unknown();
    }
    return Fact.known(
        new OpenSource(o.code("level", OpenSourceLevel.class, null), o.optionalText("licence")));
  }

  private static Fact<Accessibility> accessibility(MapReader r) {
    if (!r.has("accessibility") || r.isUnknown("accessibility")) {
      return Fact.unknown();
    }
    MapReader a = r.map("accessibility", ordered("statement", "conformance"));
    if (a == null) {
      return Fact.unknown();
    }
    String statement = a.optionalText("statement");
    URI url = statement == null || statement.equals("none") ? null : a.url("statement", true);
    String conformance = a.optionalText("conformance");
    return Fact.known(new Accessibility(url, conformance == null ? "unknown" : conformance));
  }

  private static AiProperties ai(MapReader a) {
    String provider = a.optionalText("modelProvider");
    return new AiProperties(
        provider == null || provider.equals(MapReader.UNKNOWN)
            ? Fact.unknown()
            : Fact.known(provider),
        a.code("openWeights", OpenWeights.class, OpenWeights.UNKNOWN),
        a.code("trainsOnInput", TrainsOnInput.class, TrainsOnInput.UNKNOWN),
        a.code("censorship", Censorship.class, Censorship.UNKNOWN));
  }

  private static Minors minors(MapReader m) {
    return new Minors(
        m.factAge("minimumAge", false),
        m.factAge("parentalConsentBelow", true),
        m.code("educationAgreement", Tristate.class, Tristate.UNKNOWN),
        m.code("profilesMinors", Tristate.class, Tristate.UNKNOWN));
  }

  private static List<Source> sources(MapReader r, Set<String> facts) {
    List<Source> out = new ArrayList<>();
    for (MapReader s : r.maps("sources", SOURCE_FIELDS)) {
      List<String> about = s.texts("about");
      if (about.isEmpty()) {
        s.problem("about", "name the facts this source supports, e.g. [storage, transfers]");
      }
      for (String fact : about) {
        if (!facts.contains(fact)) {
          s.problem(
              "about",
              "'" + fact + "' is not a fact of this entry; expected some of: "
                  + String.join(", ", new java.util.TreeSet<>(facts)));
        }
      }
      URI url = s.url("url", true);
      LocalDate checked = s.date("checked");
      out.add(new Source(about, url == null ? URI.create("about:blank") : url,
          checked == null ? LocalDate.EPOCH : checked, s.text("note")));
    }
    return out;
  }

  private static Set<String> ordered(String... names) {
    return new LinkedHashSet<>(List.of(names));
  }
}
