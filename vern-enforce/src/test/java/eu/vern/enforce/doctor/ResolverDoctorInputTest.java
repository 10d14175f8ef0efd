package eu.vern.enforce.doctor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.vern.enforce.doctor.ResolverDoctor.Probe;
import eu.vern.enforce.doctor.ResolverDoctor.Probes;
import java.net.InetSocketAddress;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What the doctor accepts as a resolver and as names, and how it refuses the rest. */
class ResolverDoctorInputTest {

  @ParameterizedTest
  @CsvSource({
      "10.0.0.53:53, 10.0.0.53, 53",
      "127.0.0.1:5353, 127.0.0.1, 5353",
      "10.0.0.53, 10.0.0.53, 53",
      "'[2001:db8::53]:5300', 2001:db8:0:0:0:0:0:53, 5300",
      "'[::1]', 0:0:0:0:0:0:0:1, 53",
      "::1, 0:0:0:0:0:0:0:1, 53"})
  void readsHostAndPort(String text, String host, int port) {
    InetSocketAddress a = ResolverDoctor.address(text);
    assertThat(a.getAddress().getHostAddress()).isEqualTo(host);
    assertThat(a.getPort()).isEqualTo(port);
  }

  @ParameterizedTest
  @ValueSource(strings = {"10.0.0.53:", "10.0.0.53:dns", "10.0.0.53:70000", "10.0.0.53:0", "[10.0.0.53", "a b:53", ""})
  void refusesWhatIsNotHostAndPortWithTheTextInTheMessage(String text) {
    assertThatThrownBy(() -> ResolverDoctor.address(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + text + "'");
  }

  @Test
  void normalisesNamesAsDnsAsksThem() {
    assertThat(new Probe("Alias.Kommun.SE.", "x").name()).isEqualTo("alias.kommun.se");
    assertThat(new Probe("räksmörgås.se", "x").name()).isEqualTo("xn--rksmrgs-5wao1o.se");
  }

  @Test
  void acceptsAWildcardAliasOnlyAsTheFirstLabel() {
    assertThat(new Probes(List.of(), List.of(), "*.Vern-Check.kommun.se", 5, null).alias())
        .isEqualTo("*.vern-check.kommun.se");
    assertThatThrownBy(() -> new Probes(List.of(), List.of(), "vern.*.kommun.se", 5, null))
        .hasMessageContaining("is not a host name");
  }

  @ParameterizedTest
  @ValueSource(strings = {"alias kommun.se", "-alias.kommun.se", "alias..kommun.se", "alias.kommun.se/x", ""})
  void refusesWhatIsNotAHostName(String name) {
    assertThatThrownBy(() -> new Probes(List.of(), List.of(), name, 5, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not a host name");
  }

  @Test
  void asksTheAliasAtLeastTwiceBecauseTheSecondAnswerIsTheOneThatLeaks() {
    assertThatThrownBy(() -> new Probes(List.of(), List.of(), "alias.kommun.se", 1, null))
        .hasMessageContaining("between 2 and 50 times, not 1");
  }

  @Test
  void refusesABlockAddressThatIsNotAnAddress() {
    assertThatThrownBy(() -> new Probes(List.of(), List.of(), null, 5, "blockpage.example"))
        .hasMessageContaining("'blockpage.example' is not an IPv4 or IPv6 address");
  }
}
