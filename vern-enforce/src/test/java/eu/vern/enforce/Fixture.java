package eu.vern.enforce;

import eu.vern.catalog.Catalog;
import eu.vern.catalog.CatalogException;
import eu.vern.catalog.CatalogLoader;
import eu.vern.guidelines.Assessor;
import eu.vern.guidelines.Audience;
import eu.vern.guidelines.Audiences;
import eu.vern.guidelines.AudiencesLoader;
import eu.vern.guidelines.DataCategory;
import eu.vern.guidelines.Guideline;
import eu.vern.guidelines.GuidelineException;
import eu.vern.guidelines.GuidelineLoader;
import eu.vern.guidelines.Verdict;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The small fixed catalog, guideline and audiences under src/test/resources/fixture, on a fixed
 * clock: redchat (blocked by rule), redportal (blocked) with school-portal allowed below it,
 * kidsgram (blocked for primary pupils only), old-crm (blocked by rule, allowed by an exception),
 * mystery-drive (review), nordlys-mail (allowed).
 */
public final class Fixture {

  public static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
  // From the repository, so that other modules' tests (vern-cli's, through the test jar) find it too.
  public static final Path DIR = REPOSITORY.resolve("vern-enforce/src/test/resources/fixture");
  public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T12:00:00Z"), ZoneOffset.UTC);

  private Fixture() {}

  public static Assessor assessor() {
    return assessor(DIR.resolve("catalog"), DIR.resolve("guideline.yaml"), DIR.resolve("audiences.yaml"));
  }

  /** The shipped catalog and municipal baseline with the fixture's two loopback audiences. */
  public static Assessor shipped() {
    return assessor(REPOSITORY.resolve("catalog"), REPOSITORY.resolve("guidelines/municipal-baseline.yaml"),
        DIR.resolve("audiences.yaml"));
  }

  public static Assessor assessor(Path catalogDir, Path guidelineFile, Path audiencesFile) {
    try {
      Catalog catalog = CatalogLoader.load(catalogDir, List.of());
      Audiences audiences = AudiencesLoader.load(audiencesFile);
      Guideline guideline = GuidelineLoader.load(guidelineFile, catalog, audiences);
      return Assessor.create(catalog, guideline, audiences, CLOCK);
    } catch (CatalogException | GuidelineException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }

  public static Audience audience(Assessor assessor, String id) {
    return assessor.audiences().find(id).orElseThrow();
  }

  public static Policy policy(Assessor assessor, String... audienceIds) {
    List<Audience> audiences = audienceIds.length == 0
        ? assessor.audiences().all()
        : java.util.Arrays.stream(audienceIds).map(id -> audience(assessor, id)).toList();
    return Policy.assess(assessor, audiences, DataCategory.PERSONAL, List.of(Verdict.BLOCK),
        LocalDate.now(CLOCK), CLOCK.instant());
  }

  public static Policy policy(String... audienceIds) {
    return policy(assessor(), audienceIds);
  }

  public static String export(Format format, Policy policy, ExportOptions options) {
    StringWriter out = new StringWriter();
    try {
      Exports.write(format, policy, options, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  public static String export(Format format, Policy policy) {
    return export(format, policy, ExportOptions.defaults());
  }
}
