package eu.vern.discovery;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What discovery found: per catalog service and per unknown registrable domain, how many queries
 * and how many distinct (pseudonymous) clients, when first and last seen. Holds no client
 * identifier and no pseudonym; groups with fewer than {@code minClients} clients are left out and
 * only counted in {@code suppressed}. {@code publicSuffixList} is the version of the Public Suffix
 * List that made the unknown domains (its date line). {@code notes} say what a reader must know
 * about how the logs were read (such as dates whose order could not be told). Its JSON form is documented in
 * docs/discovery.md.
 */
public record DiscoveryReport(
    Lines lines,
    List<String> formats,
    String publicSuffixList,
    int minClients,
    @Nullable Instant firstSeen,
    @Nullable Instant lastSeen,
    List<ServiceUsage> services,
    List<DomainUsage> unknown,
    List<AliasUsage> aliases,
    List<AliasUsage> cnameLeaks,
    int suppressed,
    List<AudienceUsage> audiences,
    Timeline timeline,
    List<MalformedLine> malformedSamples,
    List<String> notes) {

  /** The verdict shown when no verdict function was given. */
  public static final String NOT_ASSESSED = "not assessed";

  /** The verdict that makes an alias into a service a leak. */
  public static final String BLOCK = "block";

  public DiscoveryReport {
    formats = List.copyOf(formats);
    services = List.copyOf(services);
    unknown = List.copyOf(unknown);
    aliases = List.copyOf(aliases);
    cnameLeaks = List.copyOf(cnameLeaks);
    audiences = List.copyOf(audiences);
    malformedSamples = List.copyOf(malformedSamples);
    notes = List.copyOf(notes);
  }

  /**
   * Line counts: every non-blank line is parsed (a query in the time window), outside the window,
   * ignored (of the format but not a query: headers, replies, forwards) or malformed.
   */
  public record Lines(long total, long parsed, long malformed, long ignored, long outsideWindow) {}

  /** One catalog service in use, with the catalog names through which it was reached. */
  public record ServiceUsage(String id, String name, String kind, String verdict, long queries,
      long clients, Instant firstSeen, Instant lastSeen, List<String> domains) {
    public ServiceUsage {
      domains = List.copyOf(domains);
    }
  }

  /** A registrable domain no catalog service lists: a candidate for a catalog entry. */
  public record DomainUsage(String domain, long queries, long clients, Instant firstSeen,
      Instant lastSeen) {}

  /**
   * Queries whose answers named (as a CNAME target) a catalog service other than the queried
   * name's own: a service reached through an alias, which a block on the service's own names may
   * miss. {@code domain} is the queried name's registrable domain. In {@code cnameLeaks} the
   * same rows where the service's verdict is {@link #BLOCK}: the block leaked.
   */
  public record AliasUsage(String domain, String serviceId, String serviceName, String verdict,
      long queries, long clients) {}

  /**
   * One audience's use of catalog services, and the aliases into services blocked for that
   * audience that its clients reached; each row again with at least minClients clients.
   */
  public record AudienceUsage(String audience, List<AudienceService> services,
      List<AliasUsage> cnameLeaks, int suppressed) {
    public AudienceUsage {
      services = List.copyOf(services);
      cnameLeaks = List.copyOf(cnameLeaks);
    }
  }

  /** One service as used by one audience, with the verdict for that audience. */
  public record AudienceService(String id, String name, String verdict, long queries,
      long clients) {}

  /**
   * Queries over time of the most used reported services, in buckets of an hour or a day,
   * starting at {@code start}; for the HTML chart.
   */
  public record Timeline(String bucket, @Nullable Instant start, List<Series> series) {
    public Timeline {
      series = List.copyOf(series);
    }

    /** The empty timeline. */
    public static final Timeline EMPTY = new Timeline("hour", null, List.of());
  }

  /** One service's queries per bucket. */
  public record Series(String id, String name, List<Long> counts) {
    public Series {
      counts = List.copyOf(counts);
    }
  }

  /** A malformed line: where it is, why, and its text with addresses masked. */
  public record MalformedLine(String source, long line, String text, String reason) {}
}
