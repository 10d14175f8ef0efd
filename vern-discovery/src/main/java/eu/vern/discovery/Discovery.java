package eu.vern.discovery;

import eu.vern.catalog.Catalog;
import eu.vern.catalog.Service;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Reads DNS and proxy logs and reports which catalog services are in use, by how many
 * (pseudonymous) clients, under which verdict.
 *
 * {@snippet :
 * DiscoveryReport report = Discovery.builder(catalog)
 *     .minClients(5)
 *     .verdicts(service -> guideline.verdictFor(service))   // optional
 *     .build()
 *     .run(List.of(LogSource.of(Path.of("/var/log/named/query.log"))));
 * }
 */
public final class Discovery {

  private final Settings settings;
  private final int minClients;
  private final @Nullable Function<Service, String> verdicts;
  private final @Nullable BiFunction<String, Service, String> audienceVerdicts;
  private final Progress progress;

  private Discovery(Builder b, Settings settings) {
    this.settings = settings;
    this.minClients = b.minClients;
    this.verdicts = b.verdicts;
    this.audienceVerdicts = b.audienceVerdicts;
    this.progress = b.progress;
  }

  /** A builder over the catalog whose domain index maps hosts to services. */
  public static Builder builder(Catalog catalog) {
    return new Builder(catalog);
  }

  /**
   * Reads every source, as one stream, and builds the report.
   *
   * @throws LogFormatException when a source is not a log of the named (or any detectable)
   *     format, naming the source and line; malformed lines inside a good log are only counted
   * @throws IOException when a source cannot be read
   */
  public DiscoveryReport run(List<LogSource> sources) throws LogFormatException, IOException {
    Engine.Result result = new Engine(settings, progress).run(List.copyOf(sources));
    return new ReportBuilder(settings, minClients, verdicts, audienceVerdicts).build(result);
  }

  /** Configures a {@link Discovery}; every setter checks its argument at once. */
  public static final class Builder {
    private final Catalog catalog;
    private LogFormat format = LogFormat.AUTO;
    private int minClients = 5;
    private @Nullable Instant since;
    private @Nullable Instant until;
    private ZoneId zone = ZoneOffset.UTC;
    private @Nullable ClientKey key;
    private Audiences audiences = Audiences.NONE;
    private @Nullable Function<Service, String> verdicts;
    private @Nullable BiFunction<String, Service, String> audienceVerdicts;
    private int threads = Runtime.getRuntime().availableProcessors();
    private boolean slashDatesDayFirst;
    private @Nullable SquidLogformat squidLogformat;
    private Clock clock = Clock.systemUTC();
    private Progress progress = Progress.NONE;

    private Builder(Catalog catalog) {
      this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    /** The format of every source; AUTO (the default) detects it per source. */
    public Builder format(LogFormat format) {
      this.format = Objects.requireNonNull(format, "format");
      return this;
    }

    /** Groups with fewer distinct clients are suppressed (default 5; 1 shows everything). */
    public Builder minClients(int k) {
      if (k < 1) {
        throw new IllegalArgumentException(
            String.format(Locale.ROOT, "min clients must be at least 1: %d", k));
      }
      this.minClients = k;
      return this;
    }

    /** Only lines at or after this instant count. */
    public Builder since(@Nullable Instant since) {
      this.since = since;
      return this;
    }

    /** Only lines before this instant count. */
    public Builder until(@Nullable Instant until) {
      this.until = until;
      return this;
    }

    /** The zone of log timestamps that carry none (BIND, syslog, Windows); default UTC. */
    public Builder zone(ZoneId zone) {
      this.zone = Objects.requireNonNull(zone, "zone");
      return this;
    }

    /** The pseudonymisation key; default a random key for this run. */
    public Builder clientKey(ClientKey key) {
      this.key = Objects.requireNonNull(key, "key");
      return this;
    }

    /** Client subnets → audiences, applied before the client is hashed. */
    public Builder audiences(Audiences audiences) {
      this.audiences = Objects.requireNonNull(audiences, "audiences");
      return this;
    }

    /** The verdict of each service (e.g. "block"); without it reports say "not assessed". */
    public Builder verdicts(Function<Service, String> verdicts) {
      this.verdicts = Objects.requireNonNull(verdicts, "verdicts");
      return this;
    }

    /** The verdict of a service for one audience; defaults to {@link #verdicts}. */
    public Builder audienceVerdicts(BiFunction<String, Service, String> audienceVerdicts) {
      this.audienceVerdicts = Objects.requireNonNull(audienceVerdicts, "audienceVerdicts");
      return this;
    }

    /**
     * Whether Windows DNS dates written with slashes and the year last ({@code 05/12/2026}) are day
     * first, as British English servers write them; default false: month first, as US servers do.
     * Other regional formats (ISO, dotted, dashed) need no setting.
     */
    public Builder slashDatesDayFirst(boolean dayFirst) {
      this.slashDatesDayFirst = dayFirst;
      return this;
    }

    /**
     * The {@code logformat} definition a Squid proxy writes its access log in, when it is neither
     * Squid's native format nor {@code common} or {@code combined}: the text after the format's
     * name in squid.conf, e.g. {@code %ts.%03tu %>a %rm %ru %ssl::>sni} (a leading {@code
     * logformat NAME} is skipped). Null (the default) reads the built-in formats.
     *
     * @throws IllegalArgumentException when the definition cannot be read by, saying why and where
     */
    public Builder squidLogformat(@Nullable String definition) {
      this.squidLogformat = definition == null ? null : SquidLogformat.compile(definition);
      return this;
    }

    /** Worker threads (default: one per core). */
    public Builder threads(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException(
            String.format(Locale.ROOT, "threads must be at least 1: %d", threads));
      }
      this.threads = threads;
      return this;
    }

    /** The clock that dates syslog timestamps, which carry no year. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Told how many bytes have been read. */
    public Builder progress(Progress progress) {
      this.progress = Objects.requireNonNull(progress, "progress");
      return this;
    }

    public Discovery build() {
      Instant s = since;
      Instant u = until;
      if (s != null && u != null && !s.isBefore(u)) {
        throw new IllegalArgumentException("since (" + s + ") must be before until (" + u + ")");
      }
      ClientKey k = key != null ? key : ClientKey.random();
      Settings settings = Settings.of(catalog, k, audiences,
          s == null ? Long.MIN_VALUE + 1 : s.toEpochMilli(),
          u == null ? Long.MAX_VALUE : u.toEpochMilli(),
          zone, clock.millis(), format, threads, slashDatesDayFirst)
          .withSquidLogformat(squidLogformat);
      return new Discovery(this, settings);
    }
  }
}
