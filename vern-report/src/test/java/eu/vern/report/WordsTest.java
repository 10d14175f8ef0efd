package eu.vern.report;

import static org.assertj.core.api.Assertions.assertThat;

import eu.vern.catalog.ServiceKind;
import eu.vern.guidelines.DataCategory;
import eu.vern.guidelines.Verdict;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WordsTest {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

  @Test
  void everyLanguageHasTheSameKeys() {
    Set<String> en = new TreeSet<>(new Words(ReportLanguage.EN).keys());
    assertThat(new TreeSet<>(new Words(ReportLanguage.SV).keys())).isEqualTo(en);
    assertThat(new TreeSet<>(new Words(ReportLanguage.NB).keys())).isEqualTo(en);
  }

  @Test
  void everyLanguageUsesTheSamePlaceholdersInEachText() {
    Words en = new Words(ReportLanguage.EN);
    for (ReportLanguage l : ReportLanguage.values()) {
      Words w = new Words(l);
      for (String key : en.keys()) {
        assertThat(placeholders(w.get(key))).as("%s in %s", key, l).isEqualTo(placeholders(en.get(key)));
      }
    }
  }

  @Test
  void namesEveryVerdictDataCategoryAndKindOfServiceInEveryLanguage() {
    for (ReportLanguage l : ReportLanguage.values()) {
      Words w = new Words(l);
      for (Verdict v : Verdict.values()) {
        assertThat(w.verdict(v)).isNotBlank();
        assertThat(w.get("verdict.meaning." + v.code())).isNotBlank();
        assertThat(w.count("count." + v.code(), 1)).startsWith("1 ");
        assertThat(w.count("count." + v.code(), 3)).startsWith("3 ");
      }
      for (DataCategory c : DataCategory.values()) {
        assertThat(w.category(c)).isNotBlank();
        assertThat(w.get("categoryTitle." + c.code())).isNotBlank();
      }
      for (ServiceKind k : ServiceKind.values()) {
        assertThat(w.kind(k)).isNotBlank();
      }
    }
  }

  @Test
  void readsTheBundlesAsUtf8AndNeverFallsBackToTheDefaultLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.of("tr"));
      assertThat(new Words(ReportLanguage.SV).get("audiences.col.ages")).isEqualTo("Ålder");
      assertThat(new Words(ReportLanguage.NB).get("kind.search")).isEqualTo("Søkemotorer");
      assertThat(new Words(ReportLanguage.EN).get("audiences.col.ages")).isEqualTo("Ages");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void fillsNumberedPlaceholdersAndLeavesApostrophesAlone() {
    Words en = new Words(ReportLanguage.EN);
    assertThat(en.get("reason.default")).isEqualTo("No rule applies to the service; the guideline's default verdict holds.");
    assertThat(en.count("count.review", 1)).isEqualTo("1 needs a decision");
    assertThat(en.count("count.review", 2)).isEqualTo("2 need a decision");
    assertThat(new Words(ReportLanguage.SV).count("count.allow", 5)).isEqualTo("5 tillåtna");
    assertThat(en.get("current.for", "{1} stays")).isEqualTo("for {1} stays");
  }

  private static Set<String> placeholders(String text) {
    Set<String> out = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }
}
