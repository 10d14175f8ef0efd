package eu.vern.enforce.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The feed server, real on port 0, over a copy of the fixture that the tests edit on disk. */
class FeedServerTest {

  @TempDir static Path dir;
  static FixtureFeeds feeds;

  @BeforeAll
  static void start() throws Exception {
    feeds = new FixtureFeeds(dir, Clock.fixed(Instant.parse("2026-11-24T12:00:00Z"), ZoneOffset.UTC));
  }

  @AfterAll
  static void stop() throws Exception {
    feeds.close();
  }

  @Test
  void servesTheDefaultAudiencesRpzAtAStablePathWithValidators() throws Exception {
    HttpResponse<String> r = feeds.get("/feeds/rpz");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("; Audience: staff (Staff)").contains("redchat.test IN CNAME .")
        .doesNotContain("kidsgram.test");
    assertThat(r.headers().firstValue("ETag")).isPresent();
    assertThat(r.headers().firstValue("Last-Modified")).hasValue("Tue, 24 Nov 2026 12:00:00 GMT");
  }

  @Test
  void servesEachAudienceAtItsOwnPath() throws Exception {
    assertThat(feeds.get("/feeds/pupils-primary/rpz").body()).contains("kidsgram.test IN CNAME .");
    assertThat(feeds.get("/feeds/staff/unbound.conf").body()).doesNotContain("kidsgram.test");
    assertThat(feeds.get("/feeds/all/unbound.conf").body()).contains("define-tag: \"staff pupils-primary\"");
    assertThat(feeds.get("/feeds/pupils-primary/chrome.json").body()).contains("\"URLBlocklist\"");
  }

  @Test
  void anUnknownAudienceOrFormatIsNotFound() throws Exception {
    assertThat(feeds.get("/feeds/guests/rpz").statusCode()).isEqualTo(404);
    assertThat(feeds.get("/feeds/staff/nothing.conf").statusCode()).isEqualTo(404);
    assertThat(feeds.get("/feeds/all/rpz").statusCode()).isEqualTo(404);
  }

  @Test
  void aRequestWithTheCurrentEtagGetsNotModifiedWithoutRegenerating() throws Exception {
    HttpResponse<String> first = feeds.get("/feeds/pupils-primary/dnsmasq.conf");
    String etag = first.headers().firstValue("ETag").orElseThrow();
    int renders = feeds.server.renders();

    HttpResponse<String> again = feeds.get("/feeds/pupils-primary/dnsmasq.conf", "If-None-Match", etag);

    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
    assertThat(feeds.server.renders()).isEqualTo(renders);
  }

  @Test
  void aRequestWithAnOldEtagGetsTheExport() throws Exception {
    HttpResponse<String> r = feeds.get("/feeds/pupils-primary/hosts", "If-None-Match", "\"stale\"");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("0.0.0.0 kidsgram.test");
  }

  @Test
  void anIndexListsEveryPath() throws Exception {
    assertThat(feeds.get("/feeds/").body()).contains("/feeds/pupils-primary/rpz")
        .contains("/feeds/all/squid.conf");
  }
}
