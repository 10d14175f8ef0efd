package eu.vern.discovery;

import eu.vern.catalog.Catalog;
import eu.vern.catalog.Service;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Everything a run needs, fixed before it starts; shared read-only by the workers. */
record Settings(
    Catalog catalog,
    List<Service> services,
    Map<String, Integer> indexOfService,
    List<List<String>> domainNames,
    List<byte[][]> domainBytes,
    ClientKey key,
    Audiences audiences,
    long since,
    long until,
    ZoneId zone,
    long reference,
    LogFormat format,
    int threads,
    boolean slashDatesDayFirst,
    @Nullable SquidLogformat squidLogformat) {

  static Settings of(Catalog catalog, ClientKey key, Audiences audiences, long since, long until,
      ZoneId zone, long reference, LogFormat format, int threads, boolean slashDatesDayFirst) {
    List<Service> services = catalog.services();
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < services.size(); i++) {
      index.put(services.get(i).id(), i);
    }
    List<List<String>> names = new java.util.ArrayList<>();
    List<byte[][]> bytes = new java.util.ArrayList<>();
    for (Service s : services) {
      List<String> domains = s.domains().stream()
          .map(d -> d.toLowerCase(java.util.Locale.ROOT)).toList();
      names.add(domains);
      bytes.add(domains.stream()
          .map(d -> d.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))
          .toArray(byte[][]::new));
    }
    return new Settings(catalog, services, index, names, bytes, key, audiences, since, until, zone, reference,
        format, threads, slashDatesDayFirst, null);
  }

  /** These settings, reading Squid logs in a format the site defined. */
  Settings withSquidLogformat(@Nullable SquidLogformat squid) {
    return new Settings(catalog, services, indexOfService, domainNames, domainBytes, key, audiences,
        since, until, zone, reference, format, threads, slashDatesDayFirst, squid);
  }

  /** The reading of log times this run asks for. */
  Times times() {
    return new Times(zone, reference, slashDatesDayFirst);
  }

  int serviceIndex(Service s) {
    Integer i = indexOfService.get(s.id());
    if (i == null) {
      throw new IllegalStateException("the domain index returned a service not in the catalog: " + s.id());
    }
    return i;
  }
}
