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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A verdict changed on disk reaches the feed without anyone restarting or editing a list. */
class FeedRegenerationTest {

  @TempDir Path dir;

  @Test
  void anExceptionAddedToTheGuidelineOnDiskChangesTheFeedItsEtagAndARisingSerial() throws Exception {
    try (FixtureFeeds feeds = new FixtureFeeds(dir,
        Clock.fixed(Instant.parse("2026-11-24T12:00:00Z"), ZoneOffset.UTC))) {
      HttpResponse<String> before = feeds.get("/feeds/staff/rpz");
      assertThat(before.body()).contains("redchat.test IN CNAME .");

      Path guideline = dir.resolve("guideline.yaml");
      Files.writeString(guideline, Files.readString(guideline) + """
            - service: redchat
              verdict: allow
              decision: KS 2026-11-24 §99
              justification: {sv: Test., nb: Test., en: Test.}
              expires: 2027-01-31
          """);
      HttpResponse<String> after = feeds.get("/feeds/staff/rpz", "If-None-Match",
          before.headers().firstValue("ETag").orElseThrow());

      assertThat(after.statusCode()).isEqualTo(200);
      assertThat(after.body()).doesNotContain("redchat.test IN CNAME .");
      assertThat(after.headers().firstValue("ETag")).isNotEqualTo(before.headers().firstValue("ETag"));
      assertThat(serial(after.body())).isGreaterThan(serial(before.body()));
    }
  }

  @Test
  void aGuidelineThatNoLongerLoadsLeavesTheLastGoodVersionServed() throws Exception {
    try (FixtureFeeds feeds = new FixtureFeeds(dir,
        Clock.fixed(Instant.parse("2026-11-24T12:00:00Z"), ZoneOffset.UTC))) {
      String before = feeds.get("/feeds/staff/rpz").body();
      Files.writeString(dir.resolve("guideline.yaml"), "id: [broken\n");

      HttpResponse<String> after = feeds.get("/feeds/staff/rpz");

      assertThat(after.statusCode()).isEqualTo(200);
      assertThat(after.body()).isEqualTo(before);
      assertThat(feeds.get("/feeds/").body()).contains("do not load");
    }
  }

  static long serial(String zone) {
    Matcher m = Pattern.compile("SOA localhost\\. hostmaster\\.localhost\\. \\((\\d+) ").matcher(zone);
    assertThat(m.find()).as("a SOA record in:\n%s", zone).isTrue();
    return Long.parseLong(m.group(1));
  }
}
