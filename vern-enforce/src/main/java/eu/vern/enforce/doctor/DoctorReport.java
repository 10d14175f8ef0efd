package eu.vern.enforce.doctor;

import java.util.List;
import java.util.Objects;

/**
 * Everything {@link ResolverDoctor} found on one resolver, in the order it asked.
 *
 * @param resolver the resolver as the user named it, {@code host:port}
 */
public record DoctorReport(String resolver, List<Finding> findings) {

  public DoctorReport {
    Objects.requireNonNull(resolver, "resolver");
    findings = List.copyOf(findings);
  }

  /** How many findings need a person. */
  public int problems() {
    return (int) findings.stream().filter(Finding::problem).count();
  }

  /** Whether nothing needs a person. */
  public boolean clean() {
    return problems() == 0;
  }
}
