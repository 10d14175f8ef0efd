package eu.vern.guidelines;

import java.util.List;
import java.util.Optional;

/** An organisation's audiences, in the order it declared them; the first is the default. */
public record Audiences(List<Audience> all) {

  public Audiences {
    all = List.copyOf(all);
    if (all.isEmpty()) {
      throw new IllegalArgumentException("an organisation needs at least one audience");
    }
  }

  public Optional<Audience> find(String id) {
    return all.stream().filter(a -> a.id().equals(id)).findFirst();
  }

  /** The audience assessments use when none is named: the first one declared. */
  public Audience defaultAudience() {
    return all.get(0);
  }

  /** The audience whose networks contain {@code address}, if any. */
  public Optional<Audience> forAddress(byte[] address) {
    for (Audience a : all) {
      for (Cidr c : a.recognition().networks()) {
        if (c.contains(address)) {
          return Optional.of(a);
        }
      }
    }
    return Optional.empty();
  }
}
