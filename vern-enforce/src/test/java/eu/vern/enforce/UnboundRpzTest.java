package eu.vern.enforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real Unbound loads Vern's RPZ export for primary pupils and answers real queries: blocked
 * services and their subdomains get NXDOMAIN, allowed ones resolve from the stand-in internet (a
 * second Unbound), and an allowed service below a blocked name passes.
 */
class UnboundRpzTest {

  @TempDir static Path dir;
  static Unbound internet;
  static Unbound resolver;

  @BeforeAll
  static void start() throws Exception {
    Unbound.assumeInstalled();
    internet = Unbound.authority(dir, Map.of(
        "redchat.test", "192.0.2.1", "chat.redchat.test", "192.0.2.2", "kidsgram.test", "192.0.2.3",
        "portal.test", "192.0.2.4", "school.portal.test", "192.0.2.5", "mail.nordlys.test", "192.0.2.6",
        "oldcrm.test", "192.0.2.7", "www.school.portal.test", "192.0.2.8",
        "use-application-dns.net", "192.0.2.9", "mask.icloud.com", "192.0.2.10"));
    Path zone = dir.resolve("pupils.rpz");
    Files.writeString(zone, Fixture.export(Format.RPZ, Fixture.policy("pupils-primary")));
    resolver = Unbound.resolver(dir, internet, "",
        "rpz:\n  name: rpz.vern\n  zonefile: \"" + zone + "\"\n  rpz-log: yes\n");
  }

  @AfterAll
  static void stop() {
    if (resolver != null) {
      resolver.close();
    }
    if (internet != null) {
      internet.close();
    }
  }

  @Test
  void theStandInInternetAnswersEveryTestNameSoThatNxdomainComesFromThePolicy() throws Exception {
    assertThat(internet.answer("127.0.0.1", "redchat.test")).isEqualTo("192.0.2.1");
    assertThat(internet.answer("127.0.0.1", "kidsgram.test")).isEqualTo("192.0.2.3");
  }

  @Test
  void aBlockedServiceAndItsSubdomainsAnswerNxdomain() throws Exception {
    assertThat(resolver.answer("127.0.0.1", "redchat.test")).isEqualTo("NXDOMAIN");
    assertThat(resolver.answer("127.0.0.1", "chat.redchat.test")).isEqualTo("NXDOMAIN");
    assertThat(resolver.answer("127.0.0.1", "kidsgram.test")).isEqualTo("NXDOMAIN");
    assertThat(resolver.answer("127.0.0.1", "portal.test")).isEqualTo("NXDOMAIN");
  }

  @Test
  void theEncryptedDnsAndRelayCanariesAnswerNxdomainSoClientsStayOnTheResolver() throws Exception {
    assertThat(internet.answer("127.0.0.1", "use-application-dns.net")).isEqualTo("192.0.2.9");
    assertThat(internet.answer("127.0.0.1", "mask.icloud.com")).isEqualTo("192.0.2.10");
    for (String canary : DnsCanaries.NAMES) {
      assertThat(resolver.answer("127.0.0.1", canary)).as(canary).isEqualTo("NXDOMAIN");
    }
  }

  @Test
  void anAllowedServiceResolves() throws Exception {
    assertThat(resolver.answer("127.0.0.1", "mail.nordlys.test")).isEqualTo("192.0.2.6");
  }

  @Test
  void aServiceAllowedByAnExceptionResolves() throws Exception {
    assertThat(resolver.answer("127.0.0.1", "oldcrm.test")).isEqualTo("192.0.2.7");
  }

  @Test
  void anAllowedServiceBelowABlockedNamePassesWithItsSubdomains() throws Exception {
    assertThat(resolver.answer("127.0.0.1", "school.portal.test")).isEqualTo("192.0.2.5");
    assertThat(resolver.answer("127.0.0.1", "www.school.portal.test")).isEqualTo("192.0.2.8");
  }
}
