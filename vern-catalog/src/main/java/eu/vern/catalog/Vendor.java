package eu.vern.catalog;

import java.util.List;
import java.util.Objects;

/**
 * A company that provides services. Control follows who really runs the company: {@code
 * operatedFrom} is where it is managed, which for a holding company incorporated offshore can differ
 * from {@code incorporated}.
 */
public record Vendor(
    String id,
    String name,
    String legalName,
    Fact<String> incorporated,
    Fact<String> headquarters,
    Fact<String> operatedFrom,
    Parent parent,
    Tristate listed,
    Tristate stateOwned,
    List<Source> sources)
    implements Sourced {

  public Vendor {
    Objects.requireNonNull(id, "id");
    sources = List.copyOf(sources);
  }

  /** The known countries of incorporation, head office and operation, without repeats. */
  public List<String> countries() {
    return java.util.stream.Stream.of(incorporated, headquarters, operatedFrom)
        .filter(Fact::isKnown)
        .map(f -> f.orElse(""))
        .distinct()
        .toList();
  }

  /** Whether all three control countries are known. */
  public boolean controlKnown() {
    return incorporated.isKnown() && headquarters.isKnown() && operatedFrom.isKnown();
  }
}
