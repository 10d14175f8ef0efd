package eu.vern.enforce.feed;

import static org.assertj.core.api.Assertions.assertThat;

import eu.vern.enforce.Unbound;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real Unbound pulls primary pupils' response policy zone from Vern's feed over HTTP (the
 * {@code url:} of an {@code rpz:} clause, as docs/enforcement.md configures it) and enforces it.
 */
class UnboundPullsTheFeedTest {

  @TempDir static Path dir;
  static FixtureFeeds feeds;
  static Unbound internet;
  static Unbound resolver;

  @BeforeAll
  static void start() throws Exception {
    Unbound.assumeInstalled();
    Files.createDirectories(dir.resolve("inputs"));
    feeds = new FixtureFeeds(dir.resolve("inputs"), Clock.systemUTC());
    internet = Unbound.authority(dir, Map.of("kidsgram.test", "192.0.2.3", "mail.nordlys.test", "192.0.2.6"));
    resolver = Unbound.resolver(dir, internet, "",
        "rpz:\n"
            + "  name: rpz.vern\n"
            + "  url: \"" + feeds.url("/feeds/pupils-primary/rpz") + "\"\n"
            + "  zonefile: \"" + dir.resolve("pulled.rpz") + "\"\n"
            + "  rpz-log: yes\n");
  }

  @AfterAll
  static void stop() throws Exception {
    if (resolver != null) {
      resolver.close();
    }
    if (internet != null) {
      internet.close();
    }
    if (feeds != null) {
      feeds.close();
    }
  }

  @Test
  void unboundDownloadsTheZoneFromTheFeedAndBlocksWhatItLists() throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    String answer = resolver.answer("127.0.0.1", "kidsgram.test");
    while (!answer.equals("NXDOMAIN") && System.nanoTime() < deadline) {
      Thread.sleep(200);
      answer = resolver.answer("127.0.0.1", "kidsgram.test");
    }
    assertThat(answer).as("kidsgram.test after the zone download; unbound log:\n%s", resolver.log())
        .isEqualTo("NXDOMAIN");
    assertThat(resolver.answer("127.0.0.1", "sub.kidsgram.test")).isEqualTo("NXDOMAIN");
    assertThat(resolver.answer("127.0.0.1", "mail.nordlys.test")).isEqualTo("192.0.2.6");
    assertThat(Files.readString(dir.resolve("pulled.rpz"))).contains("kidsgram.test");
  }
}
