package eu.vern.discovery;

import eu.vern.catalog.Service;
import eu.vern.discovery.DiscoveryReport.AliasUsage;
import eu.vern.discovery.DiscoveryReport.AudienceService;
import eu.vern.discovery.DiscoveryReport.AudienceUsage;
import eu.vern.discovery.DiscoveryReport.DomainUsage;
import eu.vern.discovery.DiscoveryReport.Lines;
import eu.vern.discovery.DiscoveryReport.Series;
import eu.vern.discovery.DiscoveryReport.ServiceUsage;
import eu.vern.discovery.DiscoveryReport.Timeline;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Turns merged counts into a report: k-suppression, verdicts, ranking, the timeline. */
final class ReportBuilder {

  private static final int CHART_SERVICES = 8;
  private static final long DAY = 86_400_000L;
  private static final Comparator<AliasUsage> ALIAS_ORDER =
      Comparator.comparingLong(AliasUsage::clients).reversed()
          .thenComparing(AliasUsage::domain).thenComparing(AliasUsage::serviceId);

  private final Settings settings;
  private final int k;
  private final @Nullable Function<Service, String> verdicts;
  private final @Nullable BiFunction<String, Service, String> audienceVerdicts;

  ReportBuilder(Settings settings, int k, @Nullable Function<Service, String> verdicts,
      @Nullable BiFunction<String, Service, String> audienceVerdicts) {
    this.settings = settings;
    this.k = k;
    this.verdicts = verdicts;
    this.audienceVerdicts = audienceVerdicts;
  }

  DiscoveryReport build(Engine.Result result) {
    Aggregator a = result.counts();
    int suppressed = 0;
    long first = Long.MAX_VALUE;
    long last = Long.MIN_VALUE;
    List<ServiceUsage> services = new ArrayList<>();
    List<DomainUsage> unknown = new ArrayList<>();
    for (int g = 0; g < a.groups(); g++) {
      if (a.queries(g) == 0) {
        continue;
      }
      first = Math.min(first, a.first(g));
      last = Math.max(last, a.last(g));
      if (a.clients(g) < k) {
        suppressed++;
        continue;
      }
      Instant firstSeen = Instant.ofEpochMilli(a.first(g));
      Instant lastSeen = Instant.ofEpochMilli(a.last(g));
      if (g < a.serviceCount) {
        Service service = settings.services().get(g);
        services.add(new ServiceUsage(service.id(), service.name(), service.kind().code(),
            verdict(service), a.queries(g), a.clients(g), firstSeen, lastSeen,
            a.matchedNames(g)));
      } else {
        unknown.add(new DomainUsage(a.domains.get(g - a.serviceCount), a.queries(g),
            a.clients(g), firstSeen, lastSeen));
      }
    }
    List<AliasUsage> aliases = new ArrayList<>();
    List<AliasUsage> leaks = new ArrayList<>();
    for (Map.Entry<Long, Usage> e : a.aliases.entrySet()) {
      Usage u = e.getValue();
      if (u.clients.size() < k) {
        suppressed++; // its leak row, if any, is the same row: counted once
        continue;
      }
      int group = (int) (e.getKey() >>> 32);
      Service service = settings.services().get((int) (long) e.getKey());
      AliasUsage row = new AliasUsage(a.domains.get(group - a.serviceCount), service.id(),
          service.name(), verdict(service), u.queries, u.clients.size());
      aliases.add(row);
      if (DiscoveryReport.BLOCK.equals(row.verdict())) {
        leaks.add(row);
      }
    }
    services.sort(Comparator.comparingLong(ServiceUsage::clients).reversed()
        .thenComparing(Comparator.comparingLong(ServiceUsage::queries).reversed())
        .thenComparing(ServiceUsage::id));
    unknown.sort(Comparator.comparingLong(DomainUsage::clients).reversed()
        .thenComparing(Comparator.comparingLong(DomainUsage::queries).reversed())
        .thenComparing(DomainUsage::domain));
    aliases.sort(ALIAS_ORDER);
    leaks.sort(ALIAS_ORDER);
    List<AudienceUsage> audiences = audiences(a);
    Timeline timeline = timeline(a, services, first, last);
    Lines lines = new Lines(a.total, a.parsed, a.malformed, a.ignored, a.outside);
    List<String> formats = result.formats().stream().map(LogFormat::code).distinct().toList();
    return new DiscoveryReport(lines, formats, PublicSuffixList.shipped().version(), k,
        first == Long.MAX_VALUE ? null : Instant.ofEpochMilli(first),
        last == Long.MIN_VALUE ? null : Instant.ofEpochMilli(last),
        services, unknown, aliases, leaks, suppressed, audiences, timeline, result.samples(),
        result.notes());
  }

  private String verdict(Service s) {
    Function<Service, String> v = verdicts;
    return v == null ? DiscoveryReport.NOT_ASSESSED : v.apply(s);
  }

  private List<AudienceUsage> audiences(Aggregator a) {
    List<AudienceUsage> out = new ArrayList<>();
    List<String> ids = settings.audiences().ids();
    for (int i = 0; i < ids.size(); i++) {
      String audience = ids.get(i);
      int suppressed = 0;
      List<AudienceService> rows = new ArrayList<>();
      for (int s = 0; s < a.serviceCount; s++) {
        if (a.audienceQueries(s, i) == 0) {
          continue;
        }
        if (a.audienceClients(s, i) < k) {
          suppressed++;
          continue;
        }
        Service service = settings.services().get(s);
        rows.add(new AudienceService(service.id(), service.name(), verdict(audience, service),
            a.audienceQueries(s, i), a.audienceClients(s, i)));
      }
      rows.sort(Comparator.comparingLong(AudienceService::clients).reversed()
          .thenComparing(Comparator.comparingLong(AudienceService::queries).reversed())
          .thenComparing(AudienceService::id));
      // Aliases into a service blocked for this audience, counted over its clients only.
      List<AliasUsage> leaks = new ArrayList<>();
      for (Map.Entry<Long, Usage> e : a.aliases.entrySet()) {
        Usage u = e.getValue().byAudience[i];
        if (u.queries == 0) {
          continue;
        }
        Service service = settings.services().get((int) (long) e.getKey());
        String verdict = verdict(audience, service);
        if (!DiscoveryReport.BLOCK.equals(verdict)) {
          continue;
        }
        if (u.clients.size() < k) {
          suppressed++;
          continue;
        }
        int group = (int) (e.getKey() >>> 32);
        leaks.add(new AliasUsage(a.domains.get(group - a.serviceCount), service.id(),
            service.name(), verdict, u.queries, u.clients.size()));
      }
      leaks.sort(ALIAS_ORDER);
      out.add(new AudienceUsage(audience, rows, leaks, suppressed));
    }
    return out;
  }

  private String verdict(String audience, Service service) {
    BiFunction<String, Service, String> av = audienceVerdicts;
    return av != null ? av.apply(audience, service) : verdict(service);
  }

  private Timeline timeline(Aggregator a, List<ServiceUsage> services, long first, long last) {
    if (services.isEmpty() || first > last) {
      return Timeline.EMPTY;
    }
    boolean hourly = last - first <= 3 * DAY;
    long bucket = hourly ? Usage.HOUR : DAY;
    long start = Math.floorDiv(first, bucket) * bucket;
    int buckets = (int) Math.min(10_000, Math.floorDiv(last, bucket) - Math.floorDiv(first, bucket) + 1);
    List<ServiceUsage> top = services.stream()
        .sorted(Comparator.comparingLong(ServiceUsage::queries).reversed())
        .limit(CHART_SERVICES).toList();
    List<Series> series = new ArrayList<>();
    for (ServiceUsage su : top) {
      int s = indexOf(su.id());
      if (s < 0) {
        continue;
      }
      long[] counts = new long[buckets];
      a.hours(s).forEach((hour, count) -> {
        long t = hour * Usage.HOUR;
        int b = (int) ((Math.floorDiv(t, bucket) * bucket - start) / bucket);
        if (b >= 0 && b < buckets) {
          counts[b] += count;
        }
      });
      series.add(new Series(su.id(), su.name(), Arrays.stream(counts).boxed().toList()));
    }
    return new Timeline(hourly ? "hour" : "day", Instant.ofEpochMilli(start), series);
  }

  private int indexOf(String id) {
    return settings.indexOfService().getOrDefault(id, -1);
  }
}
