package eu.vern.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import eu.vern.catalog.Catalog;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.junit.jupiter.api.Test;

/**
 * The shape of a national discovery job (docs/discovery.md): the same parser and matcher inside a
 * Kafka Streams processor, pseudonyms only after the first step, counts per group in a state
 * store, and k-suppression where results leave. Run with TopologyTestDriver, no broker.
 */
class KafkaStreamsTopologyTest {

  static final String LINES = "dns-query-lines";
  static final String USAGE = "discovery-usage";

  /** Raw lines in; per group "queries clients" out, only for groups with at least k clients. */
  static Topology topology(Catalog catalog, LogFormat format, ClientKey key, int k) {
    StreamsBuilder builder = new StreamsBuilder();
    builder.stream(LINES, Consumed.with(Serdes.String(), Serdes.ByteArray()))
        .process(() -> new Processor<String, byte[], String, Long>() {
          // one matcher per stream task: it holds the host cache and the parser's state
          private @org.jspecify.annotations.Nullable QueryMatcher matcher;
          private @org.jspecify.annotations.Nullable ProcessorContext<String, Long> context;

          @Override
          public void init(ProcessorContext<String, Long> context) {
            this.context = context;
            this.matcher = QueryMatcher.of(catalog, format, key, ZoneOffset.UTC, Fixtures.CLOCK);
          }

          @Override
          public void process(Record<String, byte[]> line) {
            QueryMatcher m = java.util.Objects.requireNonNull(matcher);
            QueryMatcher.Query q = m.match(line.value(), 0, line.value().length);
            if (q != null) {
              java.util.Objects.requireNonNull(context).forward(new Record<>(q.group(), q.pseudonym(), q.time()));
            }
          }
        })
        .groupByKey(Grouped.with(Serdes.String(), Serdes.Long()))
        .aggregate(Counts::new, (group, pseudonym, counts) -> counts.add(pseudonym),
            Materialized.with(Serdes.String(), Counts.SERDE))
        .toStream()
        .filter((group, counts) -> counts.clients.size() >= k)
        .mapValues(counts -> counts.queries + " " + counts.clients.size())
        .to(USAGE, Produced.with(Serdes.String(), Serdes.String()));
    return builder.build();
  }

  /** Queries and the set of pseudonyms of one group: the state a store keeps. */
  static final class Counts {
    long queries;
    final Set<Long> clients = new HashSet<>();

    Counts add(long pseudonym) {
      queries++;
      clients.add(pseudonym);
      return this;
    }

    static final Serde<Counts> SERDE = Serdes.serdeFrom(
        (topic, c) -> {
          ByteBuffer b = ByteBuffer.allocate(8 * (1 + c.clients.size()));
          b.putLong(c.queries);
          c.clients.forEach(b::putLong);
          return b.array();
        },
        (topic, bytes) -> {
          Counts c = new Counts();
          ByteBuffer b = ByteBuffer.wrap(bytes);
          c.queries = b.getLong();
          while (b.hasRemaining()) {
            c.clients.add(b.getLong());
          }
          return c;
        });
  }

  @Test
  void theStreamJobCountsTheFixtureLikeDiscoveryAndKeepsSmallGroupsInside() throws IOException {
    Catalog catalog = Fixtures.catalog();
    ClientKey key = ClientKey.fromSecret(new byte[] {7, 7, 7});
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "vern-discovery-test");
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    Map<String, String> latest = new HashMap<>();
    try (TopologyTestDriver driver =
        new TopologyTestDriver(topology(catalog, LogFormat.BIND, key, 5), props)) {
      TestInputTopic<String, byte[]> in = driver.createInputTopic(LINES,
          Serdes.String().serializer(), Serdes.ByteArray().serializer());
      TestOutputTopic<String, String> out = driver.createOutputTopic(USAGE,
          Serdes.String().deserializer(), Serdes.String().deserializer());
      for (String line : Files.readAllLines(Fixtures.log("bind-query.log"))) {
        in.pipeInput("resolver-1", line.getBytes(StandardCharsets.UTF_8));
      }
      for (KeyValue<String, String> kv : out.readKeyValuesToList()) {
        latest.put(kv.key, kv.value);
        for (String client : Fixtures.CLIENTS) {
          assertThat(kv.key + kv.value).doesNotContain(client);
        }
      }
    }
    DiscoveryReport batch = Fixtures.run(Fixtures.discovery(), Fixtures.log("bind-query.log"));
    Map<String, String> expected = new HashMap<>();
    batch.services().forEach(s -> expected.put("service:" + s.id(), s.queries() + " " + s.clients()));
    batch.unknown().forEach(d -> expected.put("domain:" + d.domain(), d.queries() + " " + d.clients()));
    assertThat(latest).isEqualTo(expected);
    assertThat(latest).doesNotContainKeys("service:dragon-cloud", "domain:example.org");
  }

  @Test
  void theMatcherHashesTheClientAndNamesTheGroup() {
    QueryMatcher m = QueryMatcher.of(Fixtures.catalog(), LogFormat.ZEEK,
        ClientKey.fromSecret(new byte[] {1}), ZoneOffset.UTC, Fixtures.CLOCK);
    byte[] json = "{\"ts\":1795507200.0,\"id.orig_h\":\"10.20.1.11\",\"query\":\"news.bbc.co.uk\"}"
        .getBytes(StandardCharsets.UTF_8);
    QueryMatcher.Query q = m.match(json, 0, json.length);
    assertThat(q).isNotNull();
    assertThat(q.group()).isEqualTo("domain:bbc.co.uk");
    assertThat(List.of(q.toString())).noneMatch(s -> s.contains("10.20.1.11"));
    byte[] header = "#fields\tts\tuid".getBytes(StandardCharsets.UTF_8);
    assertThat(m.match(header, 0, header.length)).isNull();
  }
}
