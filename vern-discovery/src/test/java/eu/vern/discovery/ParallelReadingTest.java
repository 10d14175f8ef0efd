package eu.vern.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import eu.vern.discovery.DiscoveryReport.DomainUsage;
import eu.vern.discovery.DiscoveryReport.ServiceUsage;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A seeded property: a generated BIND log several chunks long, read by 1 and by 3 workers, gives
 * the counts a plain map over the same generated events gives. Chunk edges fall mid-line.
 */
class ParallelReadingTest {

  @TempDir Path dir;

  @Test
  void aLogSpanningManyChunksCountsExactlyWhatANaiveCountOfTheSameEventsGives() throws IOException {
    SplittableRandom random = new SplittableRandom(20261124);
    String[] hosts = {"chat.dragon-chat.test", "API.dragon-cloud.test.", "nordic-chat.test",
        "console.dragon-cloud.test", "www.bbc.co.uk", "a.b.example.com", "x.example.net",
        "deep.sub.example.org", "cdn.example-analytics.com"};
    Map<String, String> groupOf = Map.of(
        "chat.dragon-chat.test", "dragon-chat", "API.dragon-cloud.test.", "dragon-chat",
        "nordic-chat.test", "nordic-chat", "console.dragon-cloud.test", "dragon-cloud",
        "www.bbc.co.uk", "bbc.co.uk", "a.b.example.com", "example.com",
        "x.example.net", "example.net", "deep.sub.example.org", "example.org",
        "cdn.example-analytics.com", "example-analytics.com");
    Map<String, Long> queries = new HashMap<>();
    Map<String, Set<String>> clients = new HashMap<>();
    Path log = dir.resolve("query.log");
    int lines = 100_000; // about 14 MB: four chunks of 4 MiB
    try (BufferedWriter w = Files.newBufferedWriter(log)) {
      for (int i = 0; i < lines; i++) {
        String host = hosts[random.nextInt(hosts.length)];
        String client = "10." + random.nextInt(3) + "." + random.nextInt(4) + "." + random.nextInt(250);
        int second = i % 86_400;
        w.write(String.format(Locale.ROOT,
            "24-Nov-2026 %02d:%02d:%02d.%03d client @0x7f00%08x %s#%d (%s): query: %s IN A +E(0)K (10.0.0.53)%n",
            second / 3600, second / 60 % 60, second % 60, i % 1000, i, client, 1024 + i % 60000,
            host, host));
        String g = groupOf.get(host);
        queries.merge(g, 1L, Long::sum);
        clients.computeIfAbsent(g, x -> new HashSet<>()).add(client);
      }
    }
    assertThat(Files.size(log)).isGreaterThan(3L * Engine.CHUNK);
    for (int threads : new int[] {1, 3}) {
      DiscoveryReport r = Fixtures.run(Fixtures.discovery().threads(threads).minClients(1), log);
      assertThat(r.lines().parsed()).isEqualTo(lines);
      assertThat(r.lines().total()).isEqualTo(lines);
      Map<String, Long> gotQueries = new HashMap<>();
      Map<String, Long> gotClients = new HashMap<>();
      for (ServiceUsage s : r.services()) {
        gotQueries.put(s.id(), s.queries());
        gotClients.put(s.id(), s.clients());
      }
      for (DomainUsage d : r.unknown()) {
        gotQueries.put(d.domain(), d.queries());
        gotClients.put(d.domain(), d.clients());
      }
      assertThat(gotQueries).as("threads " + threads).isEqualTo(queries);
      Map<String, Long> expectedClients = new HashMap<>();
      clients.forEach((g, set) -> expectedClients.put(g, (long) set.size()));
      assertThat(gotClients).as("threads " + threads).isEqualTo(expectedClients);
    }
  }
}
