package eu.vern.catalog;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A digital service as the catalog describes it: who provides it, where its data goes, what it is
 * built from, and where every fact comes from. Derived facts (control and data jurisdictions,
 * applicable laws) live in the {@link Exposure} the {@link Catalog} computes.
 *
 * @param vendor id of the vendor that provides the service
 * @param domains names the service is reached at; each covers the name and all its subdomains
 * @param storage countries where a European public-sector customer's data is stored by default
 * @param transfers further countries the data may be sent to
 * @param ai AI properties; null for services that are not AI services
 * @param alternatives ids of services that can replace this one, best first
 */
public record Service(
    String id,
    String name,
    ServiceKind kind,
    String vendor,
    String description,
    @Nullable URI homepage,
    List<String> domains,
    AppIds apps,
    Fact<List<String>> storage,
    Fact<List<String>> transfers,
    Fact<List<SubProcessor>> subProcessors,
    Encryption endToEndEncryption,
    Fact<OpenSource> openSource,
    Tristate selfHostable,
    Fact<List<String>> exportFormats,
    Fact<Accessibility> accessibility,
    Fact<List<String>> certifications,
    @Nullable AiProperties ai,
    Minors minors,
    List<String> alternatives,
    List<Source> sources)
    implements Sourced {

  public Service {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    domains = List.copyOf(domains);
    alternatives = List.copyOf(alternatives);
    sources = List.copyOf(sources);
  }
}
