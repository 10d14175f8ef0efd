package eu.vern.enforce.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import eu.vern.enforce.AliasLab;
import eu.vern.enforce.AliasLab.Reach;
import eu.vern.enforce.Bind;
import eu.vern.enforce.ExportOptions;
import eu.vern.enforce.Unbound;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The doctor against the real resolvers of {@link AliasLab}: Debian's Unbound 1.17 with Vern's RPZ
 * leaks the alias after the first answer, BIND with Vern's configuration is clean, Unbound's local
 * zones never block the alias, and a resolver without the canaries lets them resolve.
 */
class ResolverDoctorTest {

  @RegisterExtension static final AliasLab.PerClass LAB = new AliasLab.PerClass();

  static DoctorReport examine(int port) throws Exception {
    return examine(port, AliasLab.ALIAS);
  }

  static DoctorReport examine(int port, String alias) throws Exception {
    ResolverDoctor doctor = new ResolverDoctor(
        new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), Duration.ofSeconds(10));
    return doctor.examine(new ResolverDoctor.Probes(ResolverDoctor.Probes.CANARIES,
        List.of(new ResolverDoctor.Probe(AliasLab.SERVICE, "DeepSeek")), alias,
        ResolverDoctor.Probes.TIMES, null));
  }

  static Finding.Alias alias(DoctorReport report) {
    return report.findings().stream().filter(f -> f instanceof Finding.Alias).map(f -> (Finding.Alias) f)
        .findFirst().orElseThrow();
  }

  @Test
  void findsTheAliasLeakOnUnbound117WithTheRpzExportAndNothingElse() throws Exception {
    try (Unbound unbound = LAB.lab().unboundRpz(Reach.AUTHORITATIVE, LAB.lab().rpz(ExportOptions.defaults()))) {
      DoctorReport report = examine(unbound.port());
      Finding.Alias alias = alias(report);
      assertThat(alias.outcome()).as("Unbound %s", Unbound.version()).isEqualTo(Unbound.checksCachedCnames()
          ? Finding.Alias.Outcome.BLOCKED_EVERY_TIME : Finding.Alias.Outcome.BLOCKED_ONLY_THE_FIRST_TIME);
      assertThat(alias.targets()).containsExactly(AliasLab.SERVICE);
      assertThat(report.findings()).filteredOn(f -> !(f instanceof Finding.Alias)).noneMatch(Finding::problem);
      assertThat(report.findings()).hasSize(5);
    }
  }

  @Test
  void aWildcardAliasIsANewNameEachRunSoAnEarlierRunCannotHideTheLeakBehindTheCache() throws Exception {
    try (Unbound unbound = LAB.lab().unboundRpz(Reach.AUTHORITATIVE, LAB.lab().rpz(ExportOptions.defaults()))) {
      Finding.Alias.Outcome leak = Unbound.checksCachedCnames()
          ? Finding.Alias.Outcome.BLOCKED_EVERY_TIME : Finding.Alias.Outcome.BLOCKED_ONLY_THE_FIRST_TIME;
      Finding.Alias first = alias(examine(unbound.port(), AliasLab.WILDCARD_ALIAS));
      Finding.Alias second = alias(examine(unbound.port(), AliasLab.WILDCARD_ALIAS));
      assertThat(first.name()).matches("vern-[0-9a-f]{8}\\.check\\.kommun\\.se").isNotEqualTo(second.name());
      assertThat(first.outcome()).isEqualTo(leak);
      assertThat(second.outcome()).isEqualTo(leak);
      // The same fixed name asked again now comes from the cache on Unbound 1.17 every time.
      alias(examine(unbound.port()));
      assertThat(alias(examine(unbound.port())).outcome()).isEqualTo(Unbound.checksCachedCnames()
          ? Finding.Alias.Outcome.BLOCKED_EVERY_TIME : Finding.Alias.Outcome.NEVER_BLOCKED);
    }
  }

  @Test
  void findsBindWithVernsConfigurationClean() throws Exception {
    try (Bind bind = LAB.lab().bind(Reach.AUTHORITATIVE, false)) {
      DoctorReport report = examine(bind.port());
      assertThat(report.findings()).as("%s", report).noneMatch(Finding::problem);
      assertThat(report.clean()).isTrue();
      assertThat(alias(report).outcome()).isEqualTo(Finding.Alias.Outcome.BLOCKED_EVERY_TIME);
    }
  }

  @Test
  void findsTheServiceOpenToDnssecClientsOnBindWithoutBreakDnssec() throws Exception {
    try (Bind bind = LAB.lab().bind(Reach.AUTHORITATIVE, true)) {
      DoctorReport report = examine(bind.port());
      Finding.Service service = (Finding.Service) report.findings().stream()
          .filter(f -> f instanceof Finding.Service).findFirst().orElseThrow();
      assertThat(service.plain().blocked()).isTrue();
      assertThat(service.withDnssec()).isEqualTo(new Answer.Resolved(List.of(AliasLab.SERVICE_ADDRESS), List.of()));
      assertThat(service.problem()).isTrue();
    }
  }

  @Test
  void findsTheAliasNeverBlockedByUnboundLocalZones() throws Exception {
    try (Unbound unbound = LAB.lab().unboundLocalZones(Reach.AUTHORITATIVE)) {
      assertThat(alias(examine(unbound.port())).outcome()).isEqualTo(Finding.Alias.Outcome.NEVER_BLOCKED);
    }
  }

  @Test
  void findsTheCanariesResolvingWhenTheExportLeavesThemOut() throws Exception {
    try (Unbound unbound = LAB.lab().unboundRpz(Reach.AUTHORITATIVE, LAB.lab().rpz(ExportOptions.defaults().withDnsCanaries(false)))) {
      List<Finding> canaries = examine(unbound.port()).findings().stream()
          .filter(f -> f instanceof Finding.Canary).toList();
      assertThat(canaries).hasSize(3).allMatch(Finding::problem);
      assertThat(((Finding.Canary) canaries.get(0)).answer())
          .isEqualTo(new Answer.Resolved(List.of("192.0.2.9"), List.of()));
    }
  }

  @Test
  void saysOnceThatNothingAnswersWhenNoResolverListens() throws Exception {
    DoctorReport report = new ResolverDoctor(
        new InetSocketAddress(InetAddress.getByName("127.0.0.1"), Unbound.freePort()), Duration.ofMillis(300))
        .examine(new ResolverDoctor.Probes(ResolverDoctor.Probes.CANARIES, List.of(), AliasLab.ALIAS, 5, null));
    assertThat(report.findings()).containsExactly(new Finding.Unreachable(report.resolver()));
    assertThat(report.clean()).isFalse();
  }
}
