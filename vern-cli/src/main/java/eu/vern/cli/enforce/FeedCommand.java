package eu.vern.cli.enforce;

import eu.vern.cli.BadInputException;
import eu.vern.cli.GuidelineOptions;
import eu.vern.enforce.feed.FeedServer;
import eu.vern.enforce.feed.FeedSettings;
import eu.vern.enforce.feed.PolicySource;
import eu.vern.guidelines.Assessor;
import io.vertx.core.Vertx;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vern feed}: serves every export over HTTP for resolvers, proxies and device managers to
 * pull, regenerated when the catalog, overlays, audiences or guideline change on disk. Runs until
 * stopped.
 */
@Command(
    name = "feed",
    mixinStandardHelpOptions = true,
    description = "Serve every export over HTTP at stable paths (/feeds/rpz, /feeds/<audience>/unbound.conf, ...).")
public final class FeedCommand implements Callable<Integer> {

  @Mixin GuidelineOptions options = new GuidelineOptions();

  @Mixin EnforceOptions enforce = new EnforceOptions();

  @Option(names = "--port", paramLabel = "N", required = true,
      description = "The port to listen on (0: any free port, printed at start).")
  int port;

  @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
      description = "The address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
  String host = "127.0.0.1";

  @Option(names = "--check-every", paramLabel = "SECONDS", defaultValue = "2",
      description = "How often to look at the input files for changes (default: ${DEFAULT-VALUE} s).")
  int checkEvery = 2;

  @Spec CommandSpec spec = CommandSpec.create();

  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65535) {
      throw new BadInputException("--port: " + port + " is not a port (0..65535)");
    }
    if (checkEvery < 0) {
      throw new BadInputException("--check-every: cannot be negative: " + checkEvery);
    }
    FeedSettings settings = new FeedSettings(enforce.category(), enforce.enforced(), enforce.exportOptions(),
        Clock.systemUTC(), Duration.ofSeconds(checkEvery));
    Assessor first = options.assessor();
    PolicySource source = new Source(options, watched(first));
    FeedServer server = new FeedServer(source, settings, host, port);
    Vertx vertx = Vertx.vertx();
    try {
      vertx.deployVerticle(server).toCompletionStage().toCompletableFuture().get();
    } catch (ExecutionException e) {
      vertx.close();
      throw new BadInputException("--port: cannot listen on " + host + ":" + port + ": " + (e.getCause() == null ? e : e.getCause()).getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println("Serving feeds at http://" + host + ":" + server.port() + "/feeds/ (guideline "
        + first.guideline().info().id() + " " + first.guideline().info().version() + "); stop with Ctrl-C");
    out.flush();
    try {
      new CountDownLatch(1).await();
    } finally {
      vertx.close().toCompletionStage().toCompletableFuture().join();
    }
    return 0;
  }

  /** The catalog, the overlays, the guideline's directory (for the files it extends) and the audiences. */
  private List<Path> watched(Assessor first) {
    List<Path> paths = new ArrayList<>();
    paths.add(options.catalogOptions.catalogDir());
    paths.addAll(options.catalogOptions.overlays());
    Path guideline = options.guidelineFile().toAbsolutePath();
    paths.add(guideline.getParent() == null ? guideline : guideline.getParent());
    OptionSpec audiences = spec.findOption("--audiences");
    Object file = audiences == null ? null : audiences.getValue();
    if (file instanceof Path p) {
      paths.add(p);
    }
    return paths;
  }

  /** Loads through the same options as every other command; problems become the feed's error. */
  private record Source(GuidelineOptions options, List<Path> watched) implements PolicySource {
    @Override
    public Assessor load() {
      try {
        return options.assessor();
      } catch (BadInputException e) {
        throw new IllegalStateException(String.join("\n", e.lines()), e);
      }
    }
  }

}
