package eu.vern.report;

import static org.assertj.core.api.Assertions.assertThat;

import eu.vern.catalog.Service;
import eu.vern.guidelines.Assessor;
import eu.vern.guidelines.Audience;
import eu.vern.guidelines.DataCategory;
import eu.vern.guidelines.Rule;
import eu.vern.guidelines.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;

class GuidelineDocumentTest {

  static Stream<Arguments> everyShippedPackInEveryLanguage() {
    List<Arguments> out = new ArrayList<>();
    for (String pack : List.of("municipal-baseline", "strict-sovereignty")) {
      for (ReportLanguage l : ReportLanguage.values()) {
        out.add(Arguments.of(pack, l));
      }
    }
    return out.stream();
  }

  private static String html(String pack, ReportLanguage language) {
    return Shipped.document(Shipped.pack(pack)).html(language);
  }

  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("everyShippedPackInEveryLanguage")
  void isWellFormedXhtmlInTheLanguageAskedFor(String pack, ReportLanguage language) {
    Page page = Page.parse(html(pack, language));
    assertThat(page.root().getNamespaceURI()).isEqualTo(Page.XHTML);
    assertThat(page.root().getAttribute("lang")).isEqualTo(language.code());
    assertThat(page.root().getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"))
        .isEqualTo(language.code());
    assertThat(page.all("script")).isEmpty();
    assertThat(page.all("title")).singleElement()
        .satisfies(t -> assertThat(Page.text(t)).isNotBlank());
  }

  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("everyShippedPackInEveryLanguage")
  void hasOneH1AndHeadingsThatNeverSkipALevel(String pack, ReportLanguage language) {
    Page page = Page.parse(html(pack, language));
    assertThat(page.all("h1")).hasSize(1);
    int previous = 0;
    for (Element e : page.all("*")) {
      String name = e.getLocalName();
      if (name.matches("h[1-6]")) {
        int level = name.charAt(1) - '0';
        assertThat(level).as("<%s> %s after h%d", name, Page.text(e), previous)
            .isLessThanOrEqualTo(previous + 1);
        previous = level;
      }
    }
  }

  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("everyShippedPackInEveryLanguage")
  void everyTableHasACaptionAndEveryHeaderCellAScope(String pack, ReportLanguage language) {
    Page page = Page.parse(html(pack, language));
    assertThat(page.all("table")).isNotEmpty().allSatisfy(table -> {
      Element first = Page.firstChild(table);
      assertThat(first.getLocalName()).as("the first child of a table").isEqualTo("caption");
      assertThat(Page.text(first)).isNotBlank();
    });
    assertThat(page.all("th")).allSatisfy(th ->
        assertThat(th.getAttribute("scope")).isIn("col", "row"));
  }

  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("everyShippedPackInEveryLanguage")
  void showsEveryVerdictInWordsNotOnlyInColour(String pack, ReportLanguage language) {
    Page page = Page.parse(html(pack, language));
    Words words = new Words(language);
    List<Element> badges = page.all("span").stream()
        .filter(s -> s.getAttribute("class").startsWith("v "))
        .toList();
    assertThat(badges).isNotEmpty().allSatisfy(b -> assertThat(Page.text(b)).isNotBlank());
    assertThat(badges).anySatisfy(b ->
        assertThat(Page.text(b)).isEqualTo(words.verdict(Verdict.BLOCK)));
  }

  @Test
  void namesTheGuidelineItsOrganisationVersionDecisionAndTheDayOfTheAssessment() {
    Page page = Page.parse(html("municipal-baseline", ReportLanguage.SV));
    assertThat(Page.text(page.all("h1").get(0))).isEqualTo("Kommunal grundnivå för digitala tjänster");
    String facts = Page.text(page.all("dl").get(0));
    assertThat(facts)
        .contains("Template (not yet adopted)")
        .contains("1.0.0")
        .contains("Inte antagen ännu")
        .contains("2026-11-24")
        .contains("vern-open-catalog, version 2026.11.24")
        .contains("Bedömningen gjord");
  }

  @Test
  void namesTheAdoptingDecisionWhenThereIsOne() {
    Page page = Page.parse(Shipped.document(Shipped.fixture("strict-with-exceptions.yaml"))
        .html(ReportLanguage.NB));
    assertThat(Page.text(page.all("dl").get(0)))
        .contains("Vedtatt i KS 2026-03-12 § 45")
        .contains("Testby kommun");
  }

  @Test
  void keepsTheRulesConditionsOutOfTheMainTextAndInTheAppendix() {
    GuidelineDocument doc = Shipped.document(Shipped.pack("municipal-baseline"));
    Page page = Page.parse(doc.html(ReportLanguage.EN));
    Element rules = page.byId("rules");
    Element appendix = page.byId("appendix");
    for (Rule rule : Shipped.assessor(Shipped.pack("municipal-baseline")).guideline().rules()) {
      assertThat(Page.text(rules)).contains(rule.title().en()).doesNotContain(rule.when().strip());
      assertThat(appendix.getTextContent()).contains(rule.when().strip());
    }
    assertThat(Page.text(page.byId("current"))).doesNotContain("service.laws");
  }

  @Test
  void linksEveryReferenceOfARule() {
    Page page = Page.parse(html("municipal-baseline", ReportLanguage.SV));
    List<String> links = Page.all(page.byId("rules"), "a").stream()
        .map(a -> a.getAttribute("href")).toList();
    assertThat(links).contains("https://www.esamverka.se/vad-vi-gor/molnfragan.html",
        "https://eur-lex.europa.eu/eli/reg/2016/679/oj");
  }

  @Test
  void listsDeepSeekUnderBlockedWithItsAlternativesAndTheirVerdicts() {
    Page page = Page.parse(html("municipal-baseline", ReportLanguage.SV));
    Element row = page.byId("alternatives-deepseek");
    assertThat(Page.text(Page.children(row, "th").get(0))).isEqualTo("DeepSeek");
    Service deepseek = Shipped.catalog().service("deepseek").orElseThrow();
    List<String> items = Page.all(row, "li").stream().map(Page::text).toList();
    assertThat(items).hasSize(deepseek.alternatives().size());
    for (int i = 0; i < items.size(); i++) {
      String name = Shipped.catalog().service(deepseek.alternatives().get(i)).orElseThrow().name();
      assertThat(items.get(i)).startsWith(name)
          .matches(".*(Tillåten|Tillåten med vägledning|Kräver beslut|Blockerad)$");
    }
    Element current = page.byId("service-deepseek");
    assertThat(Page.text(current)).contains("Blockerad");
  }

  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("everyShippedPackInEveryLanguage")
  void hasAMatrixRowForEveryAudienceInEveryKindOfService(String pack, ReportLanguage language) {
    Page page = Page.parse(html(pack, language));
    List<String> names = Shipped.audiences().all().stream()
        .map(a -> a.name().in(language.code())).toList();
    List<Element> matrices = page.all("table").stream()
        .filter(t -> t.getAttribute("class").equals("matrix")).toList();
    long kinds = Shipped.catalog().services().stream().map(Service::kind).distinct().count();
    assertThat(matrices).hasSize((int) kinds);
    for (Element m : matrices) {
      Element body = Page.children(m, "tbody").get(0);
      List<String> rows = Page.children(body, "tr").stream()
          .map(tr -> Page.text(Page.children(tr, "th").get(0))).toList();
      assertThat(rows).containsExactlyElementsOf(names);
    }
  }

  @Test
  void marksCategoriesAnAudienceDoesNotHandleAsNotApplicable() {
    Page page = Page.parse(html("municipal-baseline", ReportLanguage.SV));
    Audience guests = Shipped.audiences().find("guests").orElseThrow();
    Element matrix = page.all("table").stream()
        .filter(t -> t.getAttribute("class").equals("matrix")).findFirst().orElseThrow();
    Element guestsRow = Page.all(matrix, "tr").stream()
        .filter(tr -> Page.text(tr).startsWith(guests.name().sv())).findFirst().orElseThrow();
    List<String> cells = Page.children(guestsRow, "td").stream().map(Page::text).toList();
    // Columns: public, personal, sensitive, secret; guests handle only public information.
    assertThat(cells.get(0)).doesNotContain("Ej tillämpligt").isNotBlank();
    assertThat(cells.subList(1, 4)).containsOnly("Ej tillämpligt");
  }

  @Test
  void countsTheVerdictsOfEveryServiceOfAKindInACell() {
    GuidelineDocument doc = Shipped.document(Shipped.pack("municipal-baseline"));
    Page page = Page.parse(doc.html(ReportLanguage.EN));
    Element matrix = page.all("table").stream()
        .filter(t -> Page.text(Page.children(t, "caption").get(0)).startsWith("AI assistants:"))
        .findFirst().orElseThrow();
    Element staff = Page.all(matrix, "tr").get(1);
    String personal = Page.text(Page.children(staff, "td").get(1));
    int total = 0;
    for (String part : personal.split(" · ")) {
      total += Integer.parseInt(part.replaceAll("^(\\d+).*", "$1"));
    }
    long aiAssistants = Shipped.catalog().services().stream()
        .filter(s -> s.kind() == eu.vern.catalog.ServiceKind.AI_ASSISTANT).count();
    assertThat(total).isEqualTo((int) aiAssistants);
  }

  @Test
  void showsWhichOtherAudiencesGetADifferentVerdict() {
    Assessor assessor = Shipped.assessor(Shipped.pack("municipal-baseline"));
    Audience staff = assessor.audiences().defaultAudience();
    Audience pupils = assessor.audiences().find("pupils-primary").orElseThrow();
    Service differing = null;
    Verdict forPupils = null;
    for (Service s : assessor.catalog().services()) {
      Verdict v = assessor.assess(s, pupils, DataCategory.PERSONAL).verdict();
      if (v != assessor.assess(s, staff, DataCategory.PERSONAL).verdict()) {
        differing = s;
        forPupils = v;
        break;
      }
    }
    assertThat(differing).as("a service judged differently for primary pupils").isNotNull();
    Page page = Page.parse(html("municipal-baseline", ReportLanguage.EN));
    List<Element> cells = Page.children(page.byId("service-" + differing.id()), "td");
    String others = Page.text(cells.get(cells.size() - 1));
    assertThat(others).contains(new Words(ReportLanguage.EN).verdict(forPupils) + " for ")
        .contains("Primary pupils");
    assertThat(Page.text(Page.children(page.byId("service-deepseek"), "td").get(2)))
        .isEqualTo("Same for all");
  }

  @Test
  void listsExceptionsWithTheirDecisionsAndExpiryAndMarksTheExpiredOne() {
    GuidelineDocument doc = Shipped.document(Shipped.fixture("strict-with-exceptions.yaml"));
    Page page = Page.parse(doc.html(ReportLanguage.SV));
    Element table = Page.all(page.byId("exceptions"), "table").get(0);
    List<Element> rows = Page.children(Page.children(table, "tbody").get(0), "tr");
    assertThat(rows).hasSize(2);
    assertThat(Page.text(rows.get(0)))
        .contains("Microsoft 365", "KS 2026-03-12 § 45", "2027-12-31", "Gäller")
        .contains("Behålls tills exitplanen är genomförd <b>& inte längre</b>.");
    assertThat(rows.get(0).getAttribute("class")).isEqualTo("in-force");
    assertThat(Page.text(rows.get(1)))
        .contains("Zoom", "KS 2025-01-20 § 3", "2026-06-30", "Har gått ut", "Personal, Lärare");
    assertThat(rows.get(1).getAttribute("class")).isEqualTo("expired");
    // The exception in force decides Microsoft 365's verdict today; the expired one is noted.
    assertThat(Page.text(page.byId("service-microsoft-365"))).contains("Undantag enligt beslut KS 2026-03-12 § 45");
    assertThat(Page.text(page.byId("service-zoom"))).contains("gick ut 2026-06-30");
  }

  @Test
  void escapesMarkupFromTheGuidelineInsteadOfWritingIt() {
    String html = Shipped.document(Shipped.fixture("strict-with-exceptions.yaml")).html(ReportLanguage.EN);
    assertThat(html).contains("done &lt;b&gt;&amp; no longer&lt;/b&gt;.").doesNotContain("<b>");
  }

  @Test
  void saysSoWhenAGuidelineHasNoExceptions() {
    Page page = Page.parse(html("municipal-baseline", ReportLanguage.NB));
    assertThat(Page.text(page.byId("exceptions"))).contains("Retningslinjen har ingen unntak.");
    assertThat(Page.all(page.byId("exceptions"), "table")).isEmpty();
  }

  @Test
  void writesEachLanguageWithoutWordsFromTheOthersWhateverTheDefaultLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      GuidelineDocument doc = Shipped.document(Shipped.pack("municipal-baseline"));
      String sv = Page.text(Page.parse(doc.html(ReportLanguage.SV)).root());
      String nb = Page.text(Page.parse(doc.html(ReportLanguage.NB)).root());
      String en = Page.text(Page.parse(doc.html(ReportLanguage.EN)).root());
      assertThat(sv).contains("Ej tillämpligt", "Blockerad", "Målgrupper och typer av uppgifter")
          .doesNotContain("Not applicable", "Ikke aktuelt", "Blokkert");
      assertThat(nb).contains("Ikke aktuelt", "Blokkert", "Målgrupper og typer opplysninger")
          .doesNotContain("Not applicable", "Ej tillämpligt", "Blockerad");
      assertThat(en).contains("Not applicable", "Blocked", "Audiences and kinds of data")
          .doesNotContain("Ej tillämpligt", "Ikke aktuelt");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void writesDatesInIsoFormWhateverTheLanguage() {
    Page page = Page.parse(html("municipal-baseline", ReportLanguage.NB));
    assertThat(Page.text(page.byId("current"))).contains("2026-11-24");
  }
}
