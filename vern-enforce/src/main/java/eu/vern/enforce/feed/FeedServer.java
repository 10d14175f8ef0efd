package eu.vern.enforce.feed;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import java.util.Map;

/**
 * Serves every export over HTTP at stable paths ({@code /feeds/rpz}, {@code
 * /feeds/pupils-primary/unbound.conf}, {@code /feeds/all/unbound.conf}; the list is at {@code
 * /feeds/}), with ETag and Last-Modified. A request whose {@code If-None-Match} (or {@code
 * If-Modified-Since}) is current gets a 304 without anything being rendered. Deploy it on a Vert.x
 * instance; its start future completes when it listens.
 *
 * {@snippet :
 * FeedServer feeds = new FeedServer(source, FeedSettings.defaults(), "127.0.0.1", 0);
 * vertx.deployVerticle(feeds).await();
 * URI rpz = URI.create("http://127.0.0.1:" + feeds.port() + "/feeds/rpz");
 * }
 */
public final class FeedServer extends VerticleBase {

  private final Feeds feeds;
  private final String host;
  private final int requestedPort;
  private volatile int port;

  public FeedServer(PolicySource source, FeedSettings settings, String host, int port) {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must lie in 0..65535: " + port);
    }
    this.feeds = new Feeds(source, settings);
    this.host = host;
    this.requestedPort = port;
  }

  @Override
  public Future<?> start() {
    return vertx.createHttpServer()
        .requestHandler(this::handle)
        .listen(requestedPort, host)
        .onSuccess((HttpServer s) -> port = s.actualPort());
  }

  /** The port it listens on (the one the system chose, when started on port 0). */
  public int port() {
    return port;
  }

  /** How many exports it has rendered since it started; a 304 renders nothing. */
  public int renders() {
    return feeds.renders();
  }

  private void handle(HttpServerRequest request) {
    HttpServerResponse response = request.response();
    if (request.method() != HttpMethod.GET && request.method() != HttpMethod.HEAD) {
      response.setStatusCode(405).putHeader("Allow", "GET, HEAD").end();
      return;
    }
    String requested = request.path();
    String path = requested == null ? "/" : requested;
    String ifNoneMatch = request.getHeader("If-None-Match");
    String ifModifiedSince = request.getHeader("If-Modified-Since");
    boolean head = request.method() == HttpMethod.HEAD;
    vertx.executeBlocking(() -> feeds.get(path, ifNoneMatch, ifModifiedSince), false)
        .onComplete(result -> {
          if (result.failed()) {
            response.setStatusCode(500).putHeader("Content-Type", "text/plain; charset=utf-8")
                .end("Vern could not render this feed: " + result.cause() + "\n");
            return;
          }
          Feeds.Response r = result.result();
          response.setStatusCode(r.status());
          for (Map.Entry<String, String> h : r.headers().entrySet()) {
            response.putHeader(h.getKey(), h.getValue());
          }
          if (head || r.status() == 304) {
            response.putHeader("Content-Length", String.valueOf(r.body().length));
            response.end();
          } else {
            response.end(Buffer.buffer(r.body()));
          }
        });
  }
}
