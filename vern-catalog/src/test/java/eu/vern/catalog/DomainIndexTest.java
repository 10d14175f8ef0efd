package eu.vern.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class DomainIndexTest {

  private final DomainIndex index;

  DomainIndexTest() throws CatalogException {
    index = Fixtures.base().domains();
  }

  @Test
  void aSubdomainFindsTheServiceOfItsRegistrableDomain() {
    assertThat(idOf("chat.eu.dragon-chat.test")).isEqualTo("dragon-chat");
    assertThat(idOf("dragon-chat.test")).isEqualTo("dragon-chat");
  }

  @Test
  void anExplicitlyListedHostBeatsTheServiceOfItsParentDomain() {
    assertThat(idOf("api.dragon-cloud.test")).isEqualTo("dragon-chat");
    assertThat(idOf("v1.api.dragon-cloud.test")).isEqualTo("dragon-chat");
    assertThat(idOf("console.dragon-cloud.test")).isEqualTo("dragon-cloud");
  }

  @Test
  void matchesIgnoreCaseAndATrailingDot() {
    assertThat(idOf("Chat.DRAGON-chat.test.")).isEqualTo("dragon-chat");
  }

  @Test
  void aNameThatOnlyEndsWithTheSameLettersDoesNotMatch() {
    assertThat(idOf("notdragon-chat.test")).isNull();
    assertThat(idOf("dragon-chat.test.evil.example")).isNull();
    assertThat(idOf("test")).isNull();
    assertThat(idOf("")).isNull();
  }

  @Test
  void aMatchNamesTheListedDomainThatMatched() {
    assertThat(index.match("x.api.dragon-cloud.test"))
        .hasValueSatisfying(m -> assertThat(m.domain()).isEqualTo("api.dragon-cloud.test"));
  }

  @Test
  void agreesWithANaiveLongestSuffixSearchOnRandomHosts() {
    // A property over generated hosts: the hashed index and the obvious search must agree.
    Random random = new Random(20261124);
    String[] labels = {"a", "b", "chat", "api", "x-y", "test", "dragon-chat", "dragon-cloud"};
    Map<String, Service> names = new HashMap<>();
    List<String> listed = new ArrayList<>();
    Service service = sample();
    for (int i = 0; i < 300; i++) {
      String name = randomName(random, labels, 2 + random.nextInt(3));
      if (names.putIfAbsent(name, service) == null) {
        listed.add(name);
      }
    }
    SuffixIndex hashed = new SuffixIndex(names);
    for (int i = 0; i < 20_000; i++) {
      String host = randomName(random, labels, 1 + random.nextInt(6));
      assertThat(hashed.match(host).map(DomainIndex.Match::domain).orElse(null))
          .as(host)
          .isEqualTo(naiveLongestSuffix(listed, host));
    }
  }

  @Test
  void theByteLookupAgreesWithTheCharSequenceLookupInsideALargerBuffer() {
    // Hosts in mixed case, some with a trailing dot, placed at an offset between other bytes, as
    // they lie in a log parser's read buffer.
    Random random = new Random(20261125);
    String[] labels = {"a", "Chat", "api", "EU", "test", "dragon-chat", "DRAGON-cloud", "x-y"};
    for (int i = 0; i < 20_000; i++) {
      String host = randomName(random, labels, 1 + random.nextInt(5))
          + (random.nextInt(4) == 0 ? "." : "");
      byte[] buffer = ("client 192.0.2.1 (" + host + ") IN A")
          .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
      int from = "client 192.0.2.1 (".length();
      assertThat(index.serviceFor(buffer, from, from + host.length()))
          .as(host)
          .isSameAs(index.serviceFor(host));
    }
    assertThat(index.serviceFor(new byte[0], 0, 0)).isNull();
  }

  private @Nullable String idOf(String host) {
    Service s = index.serviceFor(host);
    return s == null ? null : s.id();
  }

  private static @Nullable String naiveLongestSuffix(List<String> listed, String host) {
    String best = null;
    for (String name : listed) {
      if ((host.equals(name) || host.endsWith("." + name))
          && (best == null || name.length() > best.length())) {
        best = name;
      }
    }
    return best;
  }

  private static String randomName(Random random, String[] labels, int count) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        b.append('.');
      }
      b.append(labels[random.nextInt(labels.length)]);
    }
    return b.toString();
  }

  private Service sample() {
    try {
      return Fixtures.base().service("nordic-chat").orElseThrow();
    } catch (CatalogException e) {
      throw new IllegalStateException(e);
    }
  }
}
