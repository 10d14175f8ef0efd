package eu.vern.guidelines;

import java.time.LocalDate;
import java.util.List;

/**
 * An exception to the rules for one service, as a board decides it: "Microsoft 365 stays until the
 * exit plan is done". It sets the verdict until it expires; an expired exception stops applying and
 * is reported as expired.
 *
 * @param audiences the audience ids it covers; empty means every audience
 * @param decision the decision reference, e.g. a board decision number
 */
public record Exemption(
    String service,
    Verdict verdict,
    List<String> audiences,
    String decision,
    LocalizedText justification,
    LocalDate expires) {

  public Exemption {
    audiences = List.copyOf(audiences);
  }

  public boolean covers(String serviceId, String audienceId) {
    return service.equals(serviceId) && (audiences.isEmpty() || audiences.contains(audienceId));
  }

  /** Whether it still applies on {@code day}: the expiry day itself is the last day it applies. */
  public boolean inForceOn(LocalDate day) {
    return !day.isAfter(expires);
  }
}
