package eu.vern.report;

import eu.vern.catalog.Catalog;
import eu.vern.catalog.Service;
import eu.vern.catalog.ServiceKind;
import eu.vern.guidelines.AgeRange;
import eu.vern.guidelines.Assessment;
import eu.vern.guidelines.Audience;
import eu.vern.guidelines.Audiences;
import eu.vern.guidelines.DataCategory;
import eu.vern.guidelines.Exemption;
import eu.vern.guidelines.Guideline;
import eu.vern.guidelines.GuidelineInfo;
import eu.vern.guidelines.Reference;
import eu.vern.guidelines.Rule;
import eu.vern.guidelines.Verdict;
import java.net.URI;
import java.text.Collator;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Writes a {@link GuidelineDocument} in one language. One instance writes one document. */
final class DocumentHtml {

  private final GuidelineDocument doc;
  private final Words w;
  private final Xhtml h = new Xhtml();
  private final Guideline guideline;
  private final Catalog catalog;
  private final Audiences audiences;
  private final Audience reference;
  private final String lang;
  private final Collator collator;

  DocumentHtml(GuidelineDocument doc, Words words) {
    this.doc = doc;
    this.w = words;
    this.guideline = doc.assessor().guideline();
    this.catalog = doc.assessor().catalog();
    this.audiences = doc.assessor().audiences();
    this.reference = audiences.defaultAudience();
    this.lang = words.language().code();
    this.collator = Collator.getInstance(words.language().locale());
  }

  String write() {
    GuidelineInfo info = guideline.info();
    String title = info.name().in(lang);
    h.trusted("<!DOCTYPE html>\n");
    h.start("html", "xmlns", "http://www.w3.org/1999/xhtml", "lang", lang, "xml:lang", lang).newline();
    h.start("head").newline();
    h.empty("meta", "charset", "utf-8").newline();
    h.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1").newline();
    h.element("title", title + " — " + info.organisation()).newline();
    h.empty("meta", "name", "author", "content", info.organisation()).newline();
    h.empty("meta", "name", "subject", "content", w.get("doc.kind")).newline();
    h.empty("meta", "name", "generator", "content", "Vern").newline();
    h.start("style").trusted(Style.CSS).end("style").newline();
    h.end("head").newline();
    h.start("body").newline();
    header(info, title);
    contents();
    h.start("main", "id", "main").newline();
    purpose(info);
    rules();
    audiencesAndCategories();
    current();
    exceptions();
    alternatives();
    appendix();
    h.end("main").newline();
    footer();
    h.end("body").newline();
    h.end("html").newline();
    return h.finish();
  }

  // 1. What this is, who adopted it, what it was assessed against and when.
  private void header(GuidelineInfo info, String title) {
    h.start("header").newline();
    h.element("p", w.get("doc.kind"), "class", "kicker").newline();
    h.element("h1", title).newline();
    h.start("dl", "class", "facts").newline();
    fact(w.get("meta.organisation"), info.organisation());
    fact(w.get("meta.version"), info.version());
    String adopted = info.adoptedBy();
    fact(w.get("meta.adopted"), adopted == null ? w.get("meta.notAdopted") : adopted);
    fact(w.get("meta.date"), date(info.date()));
    fact(w.get("meta.catalog"),
        w.get("meta.catalogValue", catalog.release().id(), catalog.release().version()));
    fact(w.get("meta.assessed"), date(doc.assessedOn()));
    h.end("dl").newline();
    h.end("header").newline();
  }

  private void fact(String term, String value) {
    h.element("dt", term).newline().element("dd", value).newline();
  }

  private void contents() {
    h.start("nav", "aria-labelledby", "contents-h").newline();
    h.element("h2", w.get("contents.heading"), "id", "contents-h").newline();
    h.start("ol").newline();
    for (String id : List.of("purpose", "rules", "audiences", "current", "exceptions",
        "alternatives", "appendix")) {
      String heading = w.get(id + ".heading");
      h.start("li").element("a", heading, "href", "#" + id, "title", heading).end("li").newline();
    }
    h.end("ol").newline();
    h.end("nav").newline();
  }

  // 2. Purpose.
  private void purpose(GuidelineInfo info) {
    section("purpose");
    h.element("p", info.purpose().in(lang)).newline();
    h.end("section").newline();
  }

  // 3. The rules in plain language; their conditions only in the appendix.
  private void rules() {
    section("rules");
    quoting(w.count("rules.intro", guideline.rules().size(), MARK),
        w.verdict(guideline.defaultVerdict()));
    h.element("h3", w.get("verdicts.heading"), "id", "verdicts").newline();
    h.start("dl", "class", "verdicts").newline();
    for (Verdict v : severestFirst()) {
      h.start("dt");
      verdict(v);
      h.end("dt").element("dd", w.get("verdict.meaning." + v.code())).newline();
    }
    h.end("dl").newline();
    for (Rule rule : guideline.rules()) {
      h.start("div", "class", "rule").newline();
      h.element("h3", rule.title().in(lang), "id", "rule-" + rule.id()).newline();
      h.start("p").element("strong", w.get("rule.verdict")).text(" ");
      verdict(rule.verdict());
      h.end("p").newline();
      String basis = rule.basis().in(lang);
      if (!basis.isBlank()) {
        h.start("p").element("strong", w.get("rule.basis")).text(" " + basis).end("p").newline();
      }
      int decides = decidedBy(rule).size();
      h.element("p", decides == 0 ? w.get("rule.decidesNone") : w.count("rule.decides", decides),
          "class", "note").newline();
      if (!rule.references().isEmpty()) {
        h.element("p", w.get("rule.references"), "class", "label").newline();
        h.start("ul", "class", "references").newline();
        for (Reference r : rule.references()) {
          h.start("li");
          link(r.title(), r.url());
          h.end("li").newline();
        }
        h.end("ul").newline();
      }
      h.end("div").newline();
    }
    h.end("section").newline();
  }

  // 4. Audiences, kinds of data, and the matrix audience × kind of data for each kind of service.
  private void audiencesAndCategories() {
    section("audiences");
    h.element("p", w.get("audiences.intro", audienceName(reference))).newline();
    h.start("table", "class", "audiences").newline();
    h.element("caption", w.get("audiences.caption")).newline();
    h.start("thead").start("tr");
    col(w.get("audiences.col.audience"));
    col(w.get("audiences.col.ages"));
    col(w.get("audiences.col.categories"));
    h.end("tr").end("thead").newline();
    h.start("tbody").newline();
    for (Audience a : audiences.all()) {
      h.start("tr");
      h.element("th", audienceName(a), "scope", "row");
      h.element("td", ages(a.ages()), "class", "ages");
      List<String> categories = a.dataCategories().stream().map(w::category).toList();
      h.element("td", capitalise(String.join(", ", categories)));
      h.end("tr").newline();
    }
    h.end("tbody").newline();
    h.end("table").newline();

    h.element("h3", w.get("categories.heading"), "id", "categories").newline();
    h.start("dl", "class", "categories").newline();
    for (DataCategory c : DataCategory.values()) {
      h.element("dt", w.get("categoryTitle." + c.code()))
          .element("dd", w.get("category.description." + c.code())).newline();
    }
    h.end("dl").newline();

    h.element("h3", w.get("matrix.heading"), "id", "matrix").newline();
    quoting(w.get("matrix.intro", audienceName(reference), MARK), w.get("matrix.notApplicable"));
    for (Map.Entry<ServiceKind, List<Service>> kind : servicesByKind().entrySet()) {
      matrix(kind.getKey(), kind.getValue().size());
    }
    h.end("section").newline();
  }

  private void matrix(ServiceKind kind, int services) {
    h.start("table", "class", "matrix").newline();
    h.element("caption", w.count("matrix.caption", services, w.kind(kind))).newline();
    h.start("thead").start("tr");
    col(w.get("matrix.col.audience"));
    for (DataCategory c : DataCategory.values()) {
      col(w.get("categoryTitle." + c.code()));
    }
    h.end("tr").end("thead").newline();
    h.start("tbody").newline();
    for (Audience a : audiences.all()) {
      h.start("tr");
      h.element("th", audienceName(a), "scope", "row");
      for (DataCategory c : DataCategory.values()) {
        Optional<List<Assessment>> cell = doc.cell(a, c);
        if (cell.isEmpty()) {
          h.element("td", w.get("matrix.notApplicable"), "class", "na");
          continue;
        }
        Map<Verdict, Integer> counts = counts(cell.get(), kind);
        h.start("td");
        boolean first = true;
        for (Verdict v : severestFirst()) {
          int n = counts.getOrDefault(v, 0);
          if (n == 0) {
            continue;
          }
          if (!first) {
            h.element("span", " · ", "class", "sep");
          }
          first = false;
          h.element("span", w.count("count." + v.code(), n), "class", "v v-" + v.code());
        }
        Optional<List<Assessment>> base = doc.cell(reference, c);
        if (!a.id().equals(reference.id()) && base.isPresent()
            && !counts.equals(counts(base.get(), kind))) {
          h.text(" ").element("strong", "*", "class", "diff", "title",
              w.get("matrix.differs", audienceName(reference)));
        }
        h.end("td");
      }
      h.end("tr").newline();
    }
    h.end("tbody").newline();
    h.end("table").newline();
  }

  /** The services whose verdict {@code rule} decides for at least one audience and category. */
  private Set<String> decidedBy(Rule rule) {
    Set<String> out = new HashSet<>();
    for (Audience a : audiences.all()) {
      for (DataCategory c : DataCategory.values()) {
        for (Assessment x : doc.cell(a, c).orElse(List.of())) {
          Rule deciding = x.deciding();
          if (deciding != null && deciding.id().equals(rule.id())) {
            out.add(x.service().id());
          }
        }
      }
    }
    return out;
  }

  private static Map<Verdict, Integer> counts(List<Assessment> assessments, ServiceKind kind) {
    Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
    for (Assessment a : assessments) {
      if (a.service().kind() == kind) {
        counts.merge(a.verdict(), 1, Integer::sum);
      }
    }
    return counts;
  }

  // 5. Today's verdicts for the default audience and personal data, by kind.
  private void current() {
    section("current");
    h.element("p", w.get("current.intro", audienceName(reference),
        w.category(DataCategory.PERSONAL), date(doc.assessedOn()))).newline();
    List<String> notCompared = new ArrayList<>();
    for (Audience a : audiences.all()) {
      if (!a.id().equals(reference.id()) && !doc.compared().contains(a)) {
        notCompared.add(audienceName(a));
      }
    }
    if (!notCompared.isEmpty()) {
      h.element("p", w.get("current.notCompared", String.join(", ", notCompared),
          w.category(DataCategory.PERSONAL)), "class", "note").newline();
    }
    Map<ServiceKind, List<Assessment>> byKind = new EnumMap<>(ServiceKind.class);
    for (Assessment a : doc.current()) {
      byKind.computeIfAbsent(a.service().kind(), k -> new ArrayList<>()).add(a);
    }
    for (Map.Entry<ServiceKind, List<Assessment>> e : byKind.entrySet()) {
      List<Assessment> rows = new ArrayList<>(e.getValue());
      rows.sort(Comparator.comparing(Assessment::verdict).reversed()
          .thenComparing(a -> a.service().name(), collator));
      h.element("h3", w.kind(e.getKey()), "id", "current-" + e.getKey().code()).newline();
      h.start("table", "class", "current").newline();
      h.element("caption", w.get("current.caption", w.kind(e.getKey()), audienceName(reference),
          w.category(DataCategory.PERSONAL))).newline();
      h.start("thead").start("tr");
      col(w.get("current.col.service"), "c-service");
      col(w.get("current.col.verdict"), "c-verdict");
      col(w.get("current.col.reason"), "c-reason");
      col(w.get("current.col.others"), "c-others");
      h.end("tr").end("thead").newline();
      h.start("tbody").newline();
      for (Assessment a : rows) {
        h.start("tr", "id", "service-" + a.service().id());
        h.element("th", a.service().name(), "scope", "row");
        h.start("td");
        verdict(a.verdict());
        h.end("td");
        h.start("td");
        reason(a);
        h.end("td");
        h.start("td");
        others(a);
        h.end("td");
        h.end("tr").newline();
      }
      h.end("tbody").newline();
      h.end("table").newline();
    }
    h.end("section").newline();
  }

  private void reason(Assessment a) {
    Exemption applied = a.exemption();
    if (applied != null) {
      h.element("p", w.get("reason.exception", applied.decision(), date(applied.expires()),
          applied.justification().in(lang)));
    } else if (a.deciding() != null && !a.reasons().isEmpty()) {
      h.element("p", a.reasons().get(0).in(lang));
    } else {
      h.element("p", w.get("reason.default"));
    }
    for (Exemption e : a.expired()) {
      h.element("p", w.get("reason.expired", e.decision(), date(e.expires())), "class", "note");
    }
  }

  private void others(Assessment a) {
    Map<Verdict, List<String>> differing = new EnumMap<>(Verdict.class);
    for (Assessment o : doc.compared(a.service())) {
      if (o.verdict() != a.verdict()) {
        differing.computeIfAbsent(o.verdict(), v -> new ArrayList<>()).add(audienceName(o.audience()));
      }
    }
    if (differing.isEmpty()) {
      h.element("span", w.get("current.sameForAll"), "class", "na");
      return;
    }
    h.start("ul", "class", "others");
    for (Verdict v : severestFirst()) {
      List<String> names = differing.get(v);
      if (names == null) {
        continue;
      }
      h.start("li");
      verdict(v);
      h.text(" " + w.get("current.for", String.join(", ", names)));
      h.end("li");
    }
    h.end("ul");
  }

  // 6. Exceptions, with decisions and expiry; expired ones marked.
  private void exceptions() {
    section("exceptions");
    h.element("p", w.get("exceptions.intro")).newline();
    if (guideline.exemptions().isEmpty()) {
      h.element("p", w.get("exceptions.none")).newline();
      h.end("section").newline();
      return;
    }
    h.start("table", "class", "exceptions").newline();
    h.element("caption", w.get("exceptions.caption", date(doc.assessedOn()))).newline();
    h.start("thead").start("tr");
    for (String c : List.of("service", "verdict", "audiences", "decision", "justification",
        "expires", "status")) {
      col(w.get("exceptions.col." + c), "e-" + c);
    }
    h.end("tr").end("thead").newline();
    h.start("tbody").newline();
    for (Exemption e : guideline.exemptions()) {
      boolean inForce = e.inForceOn(doc.assessedOn());
      h.start("tr", "class", inForce ? "in-force" : "expired");
      h.element("th", catalog.service(e.service()).map(Service::name).orElse(e.service()),
          "scope", "row");
      h.start("td");
      verdict(e.verdict());
      h.end("td");
      h.element("td", e.audiences().isEmpty()
          ? w.get("exceptions.allAudiences")
          : String.join(", ", e.audiences().stream()
              .map(id -> audiences.find(id).map(this::audienceName).orElse(id)).toList()));
      h.element("td", e.decision());
      h.element("td", e.justification().in(lang));
      h.element("td", date(e.expires()), "class", "date");
      h.start("td");
      if (inForce) {
        h.element("span", w.get("exceptions.inForce"), "class", "status status-in-force");
      } else {
        h.element("span", w.get("exceptions.expired"), "class", "status status-expired");
      }
      h.end("td");
      h.end("tr").newline();
    }
    h.end("tbody").newline();
    h.end("table").newline();
    h.end("section").newline();
  }

  // 7. What to use instead of each blocked service.
  private void alternatives() {
    section("alternatives");
    List<Assessment> blocked = doc.current().stream()
        .filter(a -> a.verdict() == Verdict.BLOCK)
        .sorted(Comparator.comparing(a -> a.service().name(), collator))
        .toList();
    if (blocked.isEmpty()) {
      h.element("p", w.get("alternatives.noneBlocked", audienceName(reference),
          w.category(DataCategory.PERSONAL))).newline();
      h.end("section").newline();
      return;
    }
    h.element("p", w.get("alternatives.intro", audienceName(reference),
        w.category(DataCategory.PERSONAL))).newline();
    h.start("table", "class", "alternatives").newline();
    h.element("caption", w.get("alternatives.caption")).newline();
    h.start("thead").start("tr");
    col(w.get("alternatives.col.blocked"), "c-service");
    col(w.get("alternatives.col.alternatives"));
    h.end("tr").end("thead").newline();
    h.start("tbody").newline();
    for (Assessment a : blocked) {
      h.start("tr", "id", "alternatives-" + a.service().id());
      h.element("th", a.service().name(), "scope", "row");
      h.start("td");
      if (a.service().alternatives().isEmpty()) {
        h.element("span", w.get("alternatives.none"), "class", "na");
      } else {
        h.start("ul", "class", "alternatives");
        for (String id : a.service().alternatives()) {
          h.start("li");
          Optional<Service> alt = catalog.service(id);
          h.text(alt.map(Service::name).orElse(id));
          Optional<Assessment> altVerdict = alt.flatMap(doc::current);
          if (altVerdict.isPresent()) {
            h.text(" ");
            verdict(altVerdict.get().verdict());
          }
          h.end("li");
        }
        h.end("ul");
      }
      h.end("td");
      h.end("tr").newline();
    }
    h.end("tbody").newline();
    h.end("table").newline();
    h.end("section").newline();
  }

  // Appendix: the conditions as written, for the record.
  private void appendix() {
    section("appendix");
    h.element("p", w.get("appendix.intro")).newline();
    h.start("dl", "class", "conditions").newline();
    for (Rule rule : guideline.rules()) {
      h.start("dt").text(rule.title().in(lang) + " ").element("code", rule.id()).end("dt").newline();
      h.start("dd").element("pre", rule.when().strip()).end("dd").newline();
    }
    h.end("dl").newline();
    h.end("section").newline();
  }

  private void footer() {
    h.start("footer").newline();
    h.element("p", w.get("footer.generated", catalog.release().title(),
        catalog.release().version(), catalog.release().licence())).newline();
    h.end("footer").newline();
  }

  // Small pieces.

  /** Stands in a sentence for a quoted term, so that the term and its quotes never break apart. */
  private static final String MARK = "\uE000";

  /** A paragraph of {@code text} with the {@link #MARK} replaced by {@code term} in quotes. */
  private void quoting(String text, String term) {
    int at = text.indexOf(MARK);
    h.start("p");
    if (at < 0) {
      h.text(text);
    } else {
      h.text(text.substring(0, at))
          .element("span", w.get("quote", term), "class", "nowrap")
          .text(text.substring(at + MARK.length()));
    }
    h.end("p").newline();
  }

  private void section(String id) {
    h.start("section", "id", id, "aria-labelledby", id + "-h").newline();
    h.element("h2", w.get(id + ".heading"), "id", id + "-h").newline();
  }

  private void col(String text) {
    h.element("th", text, "scope", "col");
  }

  private void col(String text, String widthClass) {
    h.element("th", text, "scope", "col", "class", widthClass);
  }

  /** A verdict in words; the colour of its class only repeats the words. */
  private void verdict(Verdict v) {
    h.element("span", w.verdict(v), "class", "v v-" + v.code());
  }

  /** A link for web addresses; anything else (a script, a file) is shown, never linked. */
  private void link(String title, URI url) {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    String shown = title.isBlank() ? url.toString() : title;
    if (scheme.equals("https") || scheme.equals("http")) {
      h.element("a", shown, "href", url.toASCIIString(), "title", shown);
      h.text(" ").element("span", url.toString(), "class", "url");
    } else {
      h.text(shown);
    }
  }

  private String audienceName(Audience a) {
    return a.name().in(lang);
  }

  private String ages(AgeRange ages) {
    if (ages.equals(AgeRange.ADULTS)) {
      return w.get("ages.adults");
    }
    if (ages.oldest() >= 120) {
      return w.get("ages.from", ages.youngest());
    }
    return w.get("ages.range", ages.youngest(), ages.oldest());
  }

  private Map<ServiceKind, List<Service>> servicesByKind() {
    Map<ServiceKind, List<Service>> out = new EnumMap<>(ServiceKind.class);
    for (Service s : catalog.services()) {
      out.computeIfAbsent(s.kind(), k -> new ArrayList<>()).add(s);
    }
    return out;
  }

  private static List<Verdict> severestFirst() {
    List<Verdict> out = new ArrayList<>(List.of(Verdict.values()));
    out.sort(Comparator.reverseOrder());
    return out;
  }

  private String capitalise(String text) {
    return text.isEmpty() ? text
        : text.substring(0, 1).toUpperCase(w.language().locale()) + text.substring(1);
  }

  private String date(LocalDate day) {
    return DateTimeFormatter.ISO_LOCAL_DATE.format(day);
  }
}
