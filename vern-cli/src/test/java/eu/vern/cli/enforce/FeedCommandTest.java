package eu.vern.cli.enforce;

import static org.assertj.core.api.Assertions.assertThat;

import eu.vern.cli.Cli;
import eu.vern.cli.ExitCode;
import eu.vern.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code vern feed}, run in-process on port 0 and stopped by interrupting it. */
class FeedCommandTest {

  @Test
  void servesTheShippedGuidelinesFeedsUntilStopped() throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    AtomicInteger code = new AtomicInteger(-1);
    Thread feed = new Thread(() -> code.set(
        Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "feed", "--port", "0")));
    feed.start();
    try {
      Pattern serving = Pattern.compile("Serving feeds at (http://127\\.0\\.0\\.1:\\d+)/feeds/");
      Matcher m = serving.matcher("");
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (!(m = serving.matcher(out.toString())).find() && System.nanoTime() < deadline && feed.isAlive()) {
        Thread.sleep(50);
      }
      assertThat(m.find(0)).as("stdout: %s\nstderr: %s", out, err).isTrue();
      HttpClient http = HttpClient.newHttpClient();
      HttpResponse<String> rpz = http.send(HttpRequest.newBuilder(URI.create(m.group(1) + "/feeds/pupils-primary/rpz")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(rpz.statusCode()).isEqualTo(200);
      assertThat(rpz.body()).contains("chatgpt.com IN CNAME .");
      HttpResponse<String> again = http.send(HttpRequest.newBuilder(URI.create(m.group(1) + "/feeds/pupils-primary/rpz"))
          .header("If-None-Match", rpz.headers().firstValue("ETag").orElseThrow()).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(again.statusCode()).isEqualTo(304);
    } finally {
      feed.interrupt();
      feed.join(30_000);
    }
  }

  @Test
  void aPortOutOfRangeIsBadInput() {
    Cli r = Cli.run("feed", "--port", "70000");
    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.err()).contains("--port: 70000 is not a port");
  }
}
