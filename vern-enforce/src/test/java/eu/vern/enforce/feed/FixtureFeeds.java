package eu.vern.enforce.feed;

import eu.vern.enforce.Fixture;
import eu.vern.guidelines.Assessor;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import io.vertx.core.Vertx;

/** A copy of the fixture the test may edit, served by a real {@link FeedServer} on port 0. */
final class FixtureFeeds implements AutoCloseable {

  final Path dir;
  final Vertx vertx = Vertx.vertx();
  final FeedServer server;
  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  FixtureFeeds(Path dir, Clock clock) throws Exception {
    this.dir = dir;
    copy(Fixture.DIR, dir);
    PolicySource source = new PolicySource() {
      @Override
      public List<Path> watched() {
        return List.of(dir.resolve("catalog"), dir.resolve("guideline.yaml"), dir.resolve("audiences.yaml"));
      }

      @Override
      public Assessor load() {
        try {
          return Fixture.assessor(dir.resolve("catalog"), dir.resolve("guideline.yaml"), dir.resolve("audiences.yaml"));
        } catch (AssertionError e) {
          throw new IllegalStateException(e.getMessage(), e);
        }
      }
    };
    FeedSettings defaults = FeedSettings.defaults();
    server = new FeedServer(source, new FeedSettings(defaults.dataCategory(), defaults.enforced(),
        defaults.options(), clock, Duration.ZERO), "127.0.0.1", 0);
    vertx.deployVerticle(server).toCompletionStage().toCompletableFuture().get();
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.port() + path;
  }

  HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(30));
    if (headers.length > 0) {
      b.headers(headers);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Override
  public void close() throws Exception {
    vertx.close().toCompletionStage().toCompletableFuture().get();
  }

  static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }
}
