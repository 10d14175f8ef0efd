package eu.vern.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import eu.vern.discovery.DiscoveryReport.DomainUsage;
import eu.vern.discovery.DiscoveryReport.ServiceUsage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * dnstap files. {@code bind.dnstap} was written by BIND 9.18 (Debian's named) on this project's
 * machine with {@code dnstap { client; };} and {@code dnstap-output file}, recursion on for
 * 127.0.0.0/8 and ::1 and three local zones, while {@code dig -b 127.0.0.N} asked: 6 clients
 * {@code chat.dragon-chat.test} (one of them three times, once over TCP), 5 clients {@code
 * www.nordic-chat.test}, 2 clients {@code assistant.schoolportal.se} and ::1 {@code
 * api.dragon-chat.test}; BIND's {@code dnstap-read} lists its 16 client queries and 16 responses.
 * {@code queries.dnstap} holds the 46 queries every format's fixture holds, written by {@link
 * DnstapWriter} (and read back by {@code dnstap-read} as such).
 */
class DnstapTest {

  @TempDir Path dir;

  @Test
  void bindsOwnDnstapFileCountsItsClientQueriesAndIgnoresResponsesAndControlFrames() {
    DiscoveryReport r = Fixtures.run(Fixtures.discovery().minClients(1), Fixtures.log("bind.dnstap"));

    // START and STOP control frames, 16 CLIENT_QUERY and 16 CLIENT_RESPONSE frames
    assertThat(r.lines()).isEqualTo(new DiscoveryReport.Lines(34, 16, 0, 18, 0));
    assertThat(r.formats()).containsExactly("dnstap");
    assertThat(r.services()).extracting(ServiceUsage::id, ServiceUsage::queries, ServiceUsage::clients)
        .containsExactly(tuple("dragon-chat", 9L, 7L), tuple("nordic-chat", 5L, 5L));
    assertThat(r.unknown()).extracting(DomainUsage::domain, DomainUsage::queries, DomainUsage::clients)
        .containsExactly(tuple("schoolportal.se", 2L, 2L));
    assertThat(r.firstSeen()).isEqualTo(Instant.parse("2026-12-06T19:47:38.573Z"));
  }

  /**
   * BIND answered {@code assistant.schoolportal.se} with a CNAME to {@code edge.dragon-chat.test}:
   * the CLIENT_RESPONSE frames carry it, so the alias shows, and with Dragon Chat blocked it is a
   * leak the resolver did not hold.
   */
  @Test
  void cnameAnswersInClientResponsesShowAliasesAndLeaks() {
    DiscoveryReport r = Fixtures.run(Fixtures.discovery().minClients(1)
            .verdicts(s -> s.id().equals("dragon-chat") ? "block" : "allow"),
        Fixtures.log("bind.dnstap"));
    assertThat(r.cnameLeaks()).singleElement().satisfies(a -> {
      assertThat(a.domain()).isEqualTo("schoolportal.se");
      assertThat(a.serviceId()).isEqualTo("dragon-chat");
      assertThat(a.clients()).isEqualTo(2);
    });
    assertThat(r.aliases()).isEqualTo(r.cnameLeaks());
  }

  /**
   * A server told to log only its authoritative traffic writes dnstap in which no client of ours
   * asks anything: the report says so and how to log clients, instead of being silently empty.
   */
  @Test
  void aDnstapFileWithoutClientQueriesGetsANoteOnWhatToLog() throws IOException {
    Path auth = dir.resolve("auth.dnstap");
    Files.write(auth, new DnstapWriter()
        .authoritative(Instant.parse("2026-11-24T08:00:00Z"), "192.0.2.53", "www.kommun.example")
        .finish());
    DiscoveryReport r = Fixtures.run(Fixtures.discovery(), auth);
    assertThat(r.lines().parsed()).isZero();
    assertThat(r.notes()).singleElement().asString()
        .startsWith(auth + ": ").contains("no client's query").contains("dnstap { client; };");
    assertThat(Fixtures.run(Fixtures.discovery(), Fixtures.log("queries.dnstap")).notes()).isEmpty();
  }

  @Test
  void theSharedFixtureIsTheCsvFixturesEventsWrittenAsDnstap() throws IOException {
    assertThat(DnstapWriter.fromCsv(Fixtures.log("queries.csv")))
        .isEqualTo(Files.readAllBytes(Fixtures.log("queries.dnstap")));
  }

  /**
   * The same queries in a text log and in dnstap, read together, count each client once: the raw
   * addresses are written as the text log writes them (IPv6 too).
   */
  @Test
  void aClientInATextLogAndInADnstapFileIsOneClient() {
    DiscoveryReport both = Fixtures.run(Fixtures.discovery().minClients(1),
        Fixtures.log("queries.csv"), Fixtures.log("queries.dnstap"));
    DiscoveryReport one = Fixtures.run(Fixtures.discovery().minClients(1), Fixtures.log("queries.csv"));
    assertThat(both.lines().parsed()).isEqualTo(2 * one.lines().parsed());
    assertThat(both.services()).extracting(ServiceUsage::clients)
        .isEqualTo(one.services().stream().map(ServiceUsage::clients).toList());
    assertThat(both.unknown()).extracting(DomainUsage::clients)
        .isEqualTo(one.unknown().stream().map(DomainUsage::clients).toList());
  }

  @Test
  void aCompressedDnstapFileAndStandardInputAreReadLikeTheFile() throws Exception {
    byte[] bytes = Files.readAllBytes(Fixtures.log("queries.dnstap"));
    Path gz = dir.resolve("queries.dnstap.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(bytes);
    }
    String expected = ReportJson.write(Fixtures.run(Fixtures.discovery(), Fixtures.log("queries.dnstap")));
    assertThat(ReportJson.write(Fixtures.run(Fixtures.discovery(), gz))).isEqualTo(expected);
    assertThat(ReportJson.write(Fixtures.discovery().build().run(List.of(
        LogSource.of("-", () -> new java.io.ByteArrayInputStream(bytes)))))).isEqualTo(expected);
  }

  @Test
  void aFileCutInTheMiddleOfAFrameCountsThatFrameAsMalformed() throws IOException {
    byte[] bytes = Files.readAllBytes(Fixtures.log("queries.dnstap"));
    Path cut = dir.resolve("cut.dnstap");
    Files.write(cut, Arrays.copyOf(bytes, bytes.length - 20));
    DiscoveryReport r = Fixtures.run(Fixtures.discovery(), cut);
    assertThat(r.lines().parsed()).isEqualTo(46);
    assertThat(r.lines().malformed()).isEqualTo(1);
    assertThat(r.malformedSamples()).singleElement()
        .satisfies(m -> assertThat(m.reason()).contains("cut short"));
  }

  @Test
  void aFileThatIsNotDnstapIsRefusedWhenDnstapIsNamed() {
    assertThatThrownBy(() -> Fixtures.discovery().format(LogFormat.DNSTAP).build()
            .run(List.of(LogSource.of(Fixtures.log("queries.csv")))))
        .isInstanceOf(LogFormatException.class)
        .hasMessageContaining("queries.csv:1")
        .hasMessageContaining("not a dnstap file");
  }

  /**
   * A stream processor gets dnstap messages one per record, as dnstap collectors publish them:
   * the matcher takes each frame's message alone and finds the fixture's 46 queries.
   */
  @Test
  void aStreamMatcherReadsOneDnstapMessagePerRecord() throws IOException {
    byte[] file = Files.readAllBytes(Fixtures.log("queries.dnstap"));
    QueryMatcher matcher = QueryMatcher.of(Fixtures.catalog(), LogFormat.DNSTAP, ClientKey.random(),
        java.time.ZoneOffset.UTC, Fixtures.CLOCK);
    int queries = 0;
    int services = 0;
    for (int p = 0; p < file.length; p = Frames.end(file, p, file.length)) {
      if (Frames.length(file, p) != 0) {
        byte[] record = Arrays.copyOfRange(file, p + 4, Frames.end(file, p, file.length));
        QueryMatcher.Query q = matcher.match(record, 0, record.length);
        if (q != null) {
          queries++;
          services += q.group().startsWith("service:") ? 1 : 0;
        }
      }
    }
    assertThat(queries).isEqualTo(46);
    assertThat(services).isEqualTo(16 + 5 + 2); // dragon-chat, nordic-chat, dragon-cloud
  }

  @Test
  void rawAddressesAreWrittenAsTextLogsWriteThem() {
    byte[] out = new byte[64];
    byte[] v4 = {10, 20, 1, (byte) 200};
    assertThat(new String(out, 0, IpAddress.formatV4(v4, 0, out, 0))).isEqualTo("10.20.1.200");
    assertThat(v6("2001:db8:30:0:0:0:0:7", out)).isEqualTo("2001:db8:30::7");
    assertThat(v6("0:0:0:0:0:0:0:1", out)).isEqualTo("::1");
    assertThat(v6("2001:db8:0:1:0:0:0:0", out)).isEqualTo("2001:db8:0:1::");
    assertThat(v6("2001:0:0:1:0:0:0:1", out)).isEqualTo("2001:0:0:1::1"); // the longer run
    assertThat(v6("2001:0:0:1:0:0:1:1", out)).isEqualTo("2001::1:0:0:1:1"); // the first of equals
    assertThat(v6("fe80:0:0:0:abcd:0:0:1", out)).isEqualTo("fe80::abcd:0:0:1");
    assertThat(v6("0:0:0:0:0:ffff:a14:10b", out)).isEqualTo("::ffff:10.20.1.11");
  }

  private static String v6(String address, byte[] out) {
    try {
      byte[] raw = java.net.InetAddress.getByName(address).getAddress();
      if (raw.length == 4) { // Java folds ::ffff:a.b.c.d to IPv4: rebuild the mapped form
        byte[] mapped = new byte[16];
        mapped[10] = (byte) 0xFF;
        mapped[11] = (byte) 0xFF;
        System.arraycopy(raw, 0, mapped, 12, 4);
        raw = mapped;
      }
      return new String(out, 0, IpAddress.formatV6(raw, 0, out, 0));
    } catch (java.net.UnknownHostException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
