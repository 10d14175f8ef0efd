package eu.vern.enforce.feed;

import eu.vern.enforce.Exports;
import eu.vern.enforce.Format;
import eu.vern.enforce.Policy;
import eu.vern.guidelines.Assessor;
import eu.vern.guidelines.Audience;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jspecify.annotations.Nullable;

/**
 * The feeds without the HTTP server: maps a path to an export of the current generation, answers
 * a request whose validator is current with 304 before rendering anything, and starts a new
 * generation when the watched files (or the day, on which exceptions expire) change. Blocking:
 * call it from a worker thread.
 *
 * <p>Paths: {@code /feeds/<file>} for the default audience, {@code /feeds/<audience>/<file>} for
 * one audience, {@code /feeds/all/<file>} for formats that tell audiences apart by client, and
 * {@code /feeds/<audience>/<group>/<file>} is not needed: a device group's file is its audience's.
 */
final class Feeds {

  private static final Logger LOG = Logger.getLogger(Feeds.class.getName());

  /** An HTTP answer. */
  record Response(int status, Map<String, String> headers, byte[] body) {}

  /** One load of the inputs: every export rendered from it carries its id in the ETag. */
  record Generation(String id, Instant generated, LocalDate asOf, String fingerprint, Assessor assessor) {}

  private final PolicySource source;
  private final FeedSettings settings;
  private final Map<String, byte[]> rendered = new ConcurrentHashMap<>();
  private final AtomicInteger renders = new AtomicInteger();
  private volatile @Nullable Generation current;
  private volatile long checkedAt = Long.MIN_VALUE;
  private volatile @Nullable String lastError;

  Feeds(PolicySource source, FeedSettings settings) {
    this.source = source;
    this.settings = settings;
  }

  /** How many exports have been rendered: a 304 must not add one. */
  int renders() {
    return renders.get();
  }

  synchronized Generation refresh() {
    Generation g = current;
    long now = System.nanoTime();
    if (g != null && now - checkedAt < settings.checkEvery().toNanos()) {
      return g;
    }
    LocalDate today = LocalDate.now(settings.clock());
    String fingerprint = Fingerprint.of(source.watched(), today + "|" + settings);
    checkedAt = now;
    if (g != null && g.fingerprint().equals(fingerprint)) {
      return g;
    }
    Assessor assessor;
    try {
      assessor = source.load();
    } catch (RuntimeException e) {
      lastError = e.getMessage();
      if (g == null) {
        throw e;
      }
      LOG.log(Level.WARNING, "the changed inputs do not load; still serving generation " + g.id()
          + ":\n" + e.getMessage());
      return g;
    }
    lastError = null;
    Instant generated = settings.clock().instant().truncatedTo(ChronoUnit.SECONDS);
    if (g != null && !generated.isAfter(g.generated())) {
      // The RPZ serial is the generation time: it must increase with every new generation.
      generated = g.generated().plusSeconds(1);
    }
    Generation next = new Generation(fingerprint, generated, today, fingerprint, assessor);
    current = next;
    rendered.keySet().removeIf(k -> !k.startsWith(next.id() + "/"));
    return next;
  }

  Response get(String path, @Nullable String ifNoneMatch, @Nullable String ifModifiedSince) {
    Generation g;
    try {
      g = refresh();
    } catch (RuntimeException e) {
      return text(503, "The feeds have no version to serve yet: the inputs do not load.\n" + e.getMessage() + "\n");
    }
    List<String> parts = new ArrayList<>(List.of(path.split("/", -1)));
    if (parts.size() < 3 || !parts.get(0).isEmpty() || !parts.get(1).equals("feeds")) {
      return text(404, "No feed here; the list is at /feeds/\n");
    }
    if (parts.size() == 3 && parts.get(2).isEmpty()) {
      return index(g);
    }
    Assessor assessor = g.assessor();
    String audienceId = parts.size() == 3 ? assessor.audiences().defaultAudience().id() : parts.get(2);
    String file = parts.get(parts.size() - 1);
    if (parts.size() > 4) {
      return text(404, "No feed here; the list is at /feeds/\n");
    }
    Format format = null;
    for (Format f : Format.values()) {
      if (f.fileName().equals(file)) {
        format = f;
      }
    }
    if (format == null) {
      return text(404, "No format is served as '" + file + "'; the list is at /feeds/\n");
    }
    List<Audience> audiences;
    if (audienceId.equals("all")) {
      if (format.scope() != Format.Scope.CLIENTS_TOLD_APART) {
        return text(404, format.code() + " holds one audience per file: use /feeds/<audience>/" + file + "\n");
      }
      audiences = assessor.audiences().all();
    } else {
      var audience = assessor.audiences().find(audienceId);
      if (audience.isEmpty()) {
        return text(404, "No audience '" + audienceId + "'; the list is at /feeds/\n");
      }
      audiences = List.of(audience.get());
    }
    // Keyed by generation too: a render of the previous generation that finishes late cannot be
    // served under the new generation's ETag.
    String key = g.id() + "/" + audienceId + "/" + format.code();
    String etag = "\"" + g.id() + "-" + audienceId + "-" + format.code() + "\"";
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("ETag", etag);
    headers.put("Last-Modified", DateTimeFormatter.RFC_1123_DATE_TIME.format(g.generated().atOffset(ZoneOffset.UTC)));
    headers.put("Cache-Control", "no-cache");
    if (notModified(etag, g.generated(), ifNoneMatch, ifModifiedSince)) {
      return new Response(304, headers, new byte[0]);
    }
    Format chosen = format;
    byte[] body = rendered.computeIfAbsent(key, k -> render(g, chosen, audiences));
    String type = chosen.mediaType();
    headers.put("Content-Type", type.startsWith("text/") || type.endsWith("json") || type.contains("autoconfig")
        ? type + "; charset=utf-8" : type);
    return new Response(200, headers, body);
  }

  private byte[] render(Generation g, Format format, List<Audience> audiences) {
    renders.incrementAndGet();
    Policy policy = Policy.assess(g.assessor(), audiences, settings.dataCategory(), settings.enforced(),
        g.asOf(), g.generated());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
    try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
      Exports.write(format, policy, settings.options(), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static boolean notModified(String etag, Instant generated, @Nullable String ifNoneMatch,
      @Nullable String ifModifiedSince) {
    if (ifNoneMatch != null) {
      for (String candidate : ifNoneMatch.split(",")) {
        String c = candidate.strip();
        if (c.startsWith("W/")) {
          c = c.substring(2);
        }
        if (c.equals("*") || c.equals(etag)) {
          return true;
        }
      }
      return false;
    }
    if (ifModifiedSince != null) {
      try {
        ZonedDateTime since = ZonedDateTime.parse(ifModifiedSince.strip(), DateTimeFormatter.RFC_1123_DATE_TIME);
        return !generated.isAfter(since.toInstant());
      } catch (DateTimeParseException e) {
        return false;
      }
    }
    return false;
  }

  private Response index(Generation g) {
    StringBuilder b = new StringBuilder();
    b.append("Vern feeds, generation ").append(g.id()).append(", generated ").append(g.generated())
        .append(", guideline ").append(g.assessor().guideline().info().id()).append(' ')
        .append(g.assessor().guideline().info().version()).append('\n');
    String error = lastError;
    if (error != null) {
      b.append("The inputs changed but do not load; still serving this generation:\n").append(error).append('\n');
    }
    b.append('\n');
    for (Format f : Format.values()) {
      b.append("/feeds/").append(f.fileName()).append("  (").append(f.code()).append(", default audience)\n");
    }
    for (Audience a : g.assessor().audiences().all()) {
      for (Format f : Format.values()) {
        b.append("/feeds/").append(a.id()).append('/').append(f.fileName()).append('\n');
      }
    }
    for (Format f : Format.values()) {
      if (f.scope() == Format.Scope.CLIENTS_TOLD_APART) {
        b.append("/feeds/all/").append(f.fileName()).append("  (every audience, told apart by client)\n");
      }
    }
    return text(200, b.toString());
  }

  private static Response text(int status, String body) {
    return new Response(status, Map.of("Content-Type", "text/plain; charset=utf-8", "Cache-Control", "no-cache"),
        body.getBytes(StandardCharsets.UTF_8));
  }
}
