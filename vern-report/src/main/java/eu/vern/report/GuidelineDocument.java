package eu.vern.report;

import eu.vern.catalog.Service;
import eu.vern.guidelines.Assessment;
import eu.vern.guidelines.Assessor;
import eu.vern.guidelines.Audience;
import eu.vern.guidelines.DataCategory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The document a board reads when the office reports back on a guideline: what the guideline is
 * and who adopted it, its purpose, its rules in plain language, what they decide today for every
 * audience and kind of data, the exceptions and the alternatives to what is blocked.
 *
 * <p>{@link #prepare} assesses every service once for every audience and every data category that
 * audience handles; {@link #html} then writes the document in any of the three languages as one
 * self-contained, accessible XHTML page (no scripts), which {@link Pdf#render} turns into a PDF.
 *
 * {@snippet :
 * GuidelineDocument doc = GuidelineDocument.prepare(assessor, LocalDate.now(clock));
 * String html = doc.html(ReportLanguage.SV);
 * byte[] pdf = Pdf.render(html);
 * }
 */
public final class GuidelineDocument {

  private final Assessor assessor;
  private final LocalDate assessedOn;
  private final Map<String, Map<DataCategory, List<Assessment>>> grid;
  private final List<Assessment> current;
  private final Map<String, Assessment> currentById;
  private final List<Audience> compared;
  private final Map<String, List<Assessment>> comparedById;

  private GuidelineDocument(Assessor assessor, LocalDate assessedOn) {
    this.assessor = assessor;
    this.assessedOn = assessedOn;
    Audience reference = assessor.audiences().defaultAudience();
    Map<String, Map<DataCategory, List<Assessment>>> cells = new LinkedHashMap<>();
    for (Audience a : assessor.audiences().all()) {
      Map<DataCategory, List<Assessment>> row = new EnumMap<>(DataCategory.class);
      for (DataCategory c : a.dataCategories()) {
        row.put(c, assessor.assessAll(a, c));
      }
      cells.put(a.id(), row);
    }
    this.grid = cells;
    List<Assessment> reference0 =
        cells.getOrDefault(reference.id(), Map.of()).get(DataCategory.PERSONAL);
    this.current = reference0 != null ? reference0 : assessor.assessAll(reference, DataCategory.PERSONAL);
    Map<String, Assessment> byId = new LinkedHashMap<>();
    current.forEach(a -> byId.put(a.service().id(), a));
    this.currentById = byId;
    List<Audience> others = new ArrayList<>();
    Map<String, List<Assessment>> othersById = new LinkedHashMap<>();
    for (Audience a : assessor.audiences().all()) {
      List<Assessment> personal = cells.getOrDefault(a.id(), Map.of()).get(DataCategory.PERSONAL);
      if (a.id().equals(reference.id()) || personal == null) {
        continue;
      }
      others.add(a);
      for (Assessment x : personal) {
        othersById.computeIfAbsent(x.service().id(), k -> new ArrayList<>()).add(x);
      }
    }
    this.compared = List.copyOf(others);
    this.comparedById = othersById;
  }

  /**
   * Assesses every service of the assessor's catalog for every audience and every data category
   * the audience handles, as on {@code assessedOn} (the day the document states; the assessor's
   * clock decides which exceptions are in force and should show the same day).
   */
  public static GuidelineDocument prepare(Assessor assessor, LocalDate assessedOn) {
    return new GuidelineDocument(assessor, assessedOn);
  }

  /** The document in {@code language}, as well-formed XHTML (UTF-8, no scripts). */
  public String html(ReportLanguage language) {
    return new DocumentHtml(this, new Words(language)).write();
  }

  Assessor assessor() {
    return assessor;
  }

  LocalDate assessedOn() {
    return assessedOn;
  }

  /** The assessments of one audience and data category, or empty when it does not handle it. */
  Optional<List<Assessment>> cell(Audience audience, DataCategory category) {
    Map<DataCategory, List<Assessment>> row = grid.get(audience.id());
    return Optional.ofNullable(row == null ? null : row.get(category));
  }

  /** The default audience's assessments for personal data, services in id order. */
  List<Assessment> current() {
    return current;
  }

  Optional<Assessment> current(Service service) {
    return Optional.ofNullable(currentById.get(service.id()));
  }

  /** The audiences other than the default that handle personal data. */
  List<Audience> compared() {
    return compared;
  }

  /** The assessments of {@code service} for the {@link #compared} audiences, personal data. */
  List<Assessment> compared(Service service) {
    return comparedById.getOrDefault(service.id(), List.of());
  }
}
