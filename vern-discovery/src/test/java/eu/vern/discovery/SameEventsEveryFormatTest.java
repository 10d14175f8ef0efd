package eu.vern.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The same events written in every format give the same report. */
class SameEventsEveryFormatTest {

  @Test
  void everyFormatGivesTheSameServicesUnknownDomainsAndSuppressedCount() {
    List<String> logs = new ArrayList<>(Fixtures.LOGS.values());
    logs.addAll(Fixtures.OTHER_NOTATIONS.keySet());
    DiscoveryReport reference = Fixtures.run(Fixtures.discovery(), Fixtures.log("queries.csv"));
    for (String log : logs) {
      for (int k : new int[] {1, 5}) {
        DiscoveryReport r = Fixtures.run(Fixtures.discovery().minClients(k), Fixtures.log(log));
        DiscoveryReport ref = k == 5 ? reference
            : Fixtures.run(Fixtures.discovery().minClients(k), Fixtures.log("queries.csv"));
        assertThat(r.services()).as(log).isEqualTo(ref.services());
        assertThat(r.unknown()).as(log).isEqualTo(ref.unknown());
        assertThat(r.lines().parsed()).as(log).isEqualTo(ref.lines().parsed());
        assertThat(r.firstSeen()).as(log).isEqualTo(ref.firstSeen());
        assertThat(r.lastSeen()).as(log).isEqualTo(ref.lastSeen());
        assertThat(r.timeline()).as(log).isEqualTo(ref.timeline());
        if (!log.startsWith("zeek")) {
          assertThat(r.suppressed()).as(log).isEqualTo(ref.suppressed());
        }
      }
    }
  }
}
