package eu.vern.guidelines;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CidrTest {

  @Test
  void parsesIpv4AndIpv6NetworksAndRefusesNames() {
    assertThat(Cidr.parse("10.20.0.0/16")).map(Cidr::toString).hasValue("10.20.0.0/16");
    assertThat(Cidr.parse("10.20.30.40/16")).map(Cidr::toString).hasValue("10.20.30.40/16");
    assertThat(Cidr.parse("2001:db8::/32")).isPresent();
    assertThat(Cidr.parse("example.org")).isEmpty();
    assertThat(Cidr.parse("dead.beef")).as("a name of hex letters is not looked up").isEmpty();
    assertThat(Cidr.parse("10.20.30")).isEmpty();
    assertThat(Cidr.parse("10.0.0.0/33")).isEmpty();
  }

  @Test
  void containsAndOverlapsFollowThePrefix() {
    Cidr school = Cidr.parse("10.31.0.0/16").orElseThrow();
    assertThat(school.contains(new byte[] {10, 31, (byte) 255, 1})).isTrue();
    assertThat(school.contains(new byte[] {10, 32, 0, 1})).isFalse();
    assertThat(school.overlaps(Cidr.parse("10.0.0.0/8").orElseThrow())).isTrue();
    assertThat(school.overlaps(Cidr.parse("10.32.0.0/16").orElseThrow())).isFalse();
    assertThat(school.overlaps(Cidr.parse("2001:db8::/32").orElseThrow())).isFalse();
  }
}
