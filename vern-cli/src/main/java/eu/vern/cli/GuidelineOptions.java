package eu.vern.cli;

import eu.vern.catalog.Catalog;
import eu.vern.catalog.Coded;
import eu.vern.guidelines.Assessor;
import eu.vern.guidelines.Audience;
import eu.vern.guidelines.Audiences;
import eu.vern.guidelines.AudiencesLoader;
import eu.vern.guidelines.DataCategory;
import eu.vern.guidelines.Guideline;
import eu.vern.guidelines.GuidelineException;
import eu.vern.guidelines.GuidelineLoader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code --guideline FILE}, {@code --audiences FILE} and {@code --as-of DATE} with the catalog
 * options: everything a command needs to build an {@link Assessor}. Every problem in any of the
 * files becomes a {@link BadInputException} listing them all.
 */
public final class GuidelineOptions {

  @Mixin public CatalogOptions catalogOptions = new CatalogOptions();

  @Option(names = "--guideline", paramLabel = "FILE",
      description = "Guideline file (default: the shipped municipal baseline).")
  @Nullable Path guideline;

  @Option(names = "--audiences", paramLabel = "FILE",
      description = "The organisation's audiences (default: the shipped municipal set).")
  @Nullable Path audiences;

  @Option(names = "--as-of", paramLabel = "DATE",
      description = "Assess as if today were DATE (YYYY-MM-DD), e.g. to see which exceptions will have expired.")
  @Nullable String asOf;

  /** Loads the catalog, audiences and guideline and compiles the rules. */
  public Assessor assessor() {
    return load().assessor();
  }

  /**
   * Loads the catalog and the audiences on this thread while the guideline's rules compile on
   * another: the two take about as long each, so with a core to spare the compiling costs no wall
   * time (on two busy cores it gains little: both are CPU work).
   * Problems come out in the order a user fixes them: the catalog's, the audiences', then the
   * guideline's (from {@link Loading#assessor()}).
   */
  public Loading load() {
    CompletableFuture<Catalog> catalog = new CompletableFuture<>();
    CompletableFuture<Audiences> organisation = new CompletableFuture<>();
    Path file = guidelineFile();
    FutureTask<Assessor> compiling = new FutureTask<>(() -> {
      Guideline loaded;
      try {
        loaded = GuidelineLoader.load(file, catalog::join, organisation::join);
      } catch (GuidelineException e) {
        throw bad(e, "guideline");
      }
      return Assessor.create(catalog.join(), loaded, organisation.join(), clock());
    });
    Thread compiler = new Thread(compiling, "vern-guideline");
    compiler.setDaemon(true);
    compiler.start();
    try {
      catalog.complete(catalogOptions.load());
      organisation.complete(loadAudiences());
    } catch (RuntimeException e) {
      // the compiling thread may be waiting for them: let it end
      catalog.completeExceptionally(e);
      organisation.completeExceptionally(e);
      throw e;
    }
    return new Loading(catalog.join(), organisation.join(), compiling);
  }

  /**
   * The catalog and audiences, loaded, and the guideline, compiling.
   *
   * @param compiling the assessor under construction; ask {@link #assessor()} for it
   */
  public record Loading(Catalog catalog, Audiences audiences, FutureTask<Assessor> compiling) {

    /** Whether the guideline has been found broken: {@link #assessor()} will throw its problems. */
    public boolean failed() {
      return compiling.isDone() && compiling.state() == Future.State.FAILED;
    }

    /** The assessor, waiting for the rules to compile; the guideline's problems as bad input. */
    public Assessor assessor() {
      boolean interrupted = false;
      try {
        while (true) {
          try {
            return compiling.get();
          } catch (InterruptedException e) {
            interrupted = true;
          }
        }
      } catch (ExecutionException e) {
        if (e.getCause() instanceof RuntimeException r) {
          throw r;
        }
        throw new IllegalStateException(e.getCause());
      } finally {
        if (interrupted) {
          Thread.currentThread().interrupt();
        }
      }
    }
  }

  /** The guideline file: the option, else the shipped municipal baseline. */
  public Path guidelineFile() {
    return guideline != null ? guideline : VernHome.locate().resolve("guidelines/municipal-baseline.yaml");
  }

  /** Whether the user named an audiences file rather than relying on the shipped one. */
  public boolean audiencesGiven() {
    return audiences != null;
  }

  /** The organisation's audiences. */
  public Audiences loadAudiences() {
    Path file = audiences != null ? audiences : VernHome.locate().resolve("guidelines/audiences.yaml");
    try {
      return AudiencesLoader.load(file);
    } catch (GuidelineException e) {
      throw bad(e, "audiences file");
    }
  }

  /** The clock assessments run on: the system clock, or a fixed day with {@code --as-of}. */
  public Clock clock() {
    if (asOf == null) {
      return Clock.systemDefaultZone();
    }
    try {
      LocalDate day = LocalDate.parse(asOf);
      return Clock.fixed(day.atStartOfDay(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
    } catch (DateTimeParseException e) {
      throw new BadInputException("--as-of: '" + asOf + "' is not a date; write it as YYYY-MM-DD");
    }
  }

  /** The audience named {@code id}, or bad input listing the audiences that exist. */
  public static Audience audience(Audiences audiences, String id) {
    return audiences.find(id).orElseThrow(() -> new BadInputException(
        "--audience: no audience '" + id + "'; declared audiences: "
            + String.join(", ", audiences.all().stream().map(Audience::id).toList())));
  }

  /** The data category written {@code code}, or bad input listing the categories. */
  public static DataCategory dataCategory(String code) {
    DataCategory c = Coded.parse(DataCategory.class, code);
    if (c == null) {
      throw new BadInputException("--data-category: '" + code + "' is not one of: " + Coded.codes(DataCategory.class));
    }
    return c;
  }

  private static BadInputException bad(GuidelineException e, String what) {
    return BadInputException.of(e.problems(), "in the " + what + "; nothing was assessed.");
  }
}
