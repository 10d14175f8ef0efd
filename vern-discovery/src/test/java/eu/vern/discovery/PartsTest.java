package eu.vern.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The small parts the parsers rest on. */
class PartsTest {

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  @Test
  void sipHashMatchesTheReferenceVectorOfItsAuthors() {
    // key 00..0f, message 00..0e (15 bytes): 0xa129ca6149be45e5, from the SipHash paper's appendix
    byte[] key = new byte[16];
    byte[] msg = new byte[15];
    for (int i = 0; i < 16; i++) {
      key[i] = (byte) i;
    }
    for (int i = 0; i < 15; i++) {
      msg[i] = (byte) i;
    }
    long k0 = java.nio.ByteBuffer.wrap(key, 0, 8).order(java.nio.ByteOrder.LITTLE_ENDIAN).getLong();
    long k1 = java.nio.ByteBuffer.wrap(key, 8, 8).order(java.nio.ByteOrder.LITTLE_ENDIAN).getLong();
    assertThat(SipHash.hash(k0, k1, msg, 0, msg.length)).isEqualTo(0xa129ca6149be45e5L);
  }

  @Test
  void theWordAtATimeNewlineSearchAgreesWithAByteByByteOne() {
    SplittableRandom random = new SplittableRandom(7);
    for (int round = 0; round < 20_000; round++) {
      byte[] b = new byte[1 + random.nextInt(40)];
      for (int i = 0; i < b.length; i++) {
        b[i] = (byte) (random.nextInt(8) == 0 ? '\n' : random.nextInt(256));
      }
      int from = random.nextInt(b.length);
      int to = from + random.nextInt(b.length - from + 1);
      int expected = Bytes.indexOf(b, from, to, '\n');
      assertThat(Bytes.indexOfNewline(b, from, to)).isEqualTo(expected);
    }
  }

  @Test
  void theWordAtATimeTokenEndAgreesWithAByteByByteOne() {
    SplittableRandom random = new SplittableRandom(11);
    for (int round = 0; round < 20_000; round++) {
      byte[] b = new byte[1 + random.nextInt(40)];
      for (int i = 0; i < b.length; i++) {
        int k = random.nextInt(12);
        b[i] = (byte) (k == 0 ? ' ' : k == 1 ? '\t' : random.nextInt(256));
      }
      int from = random.nextInt(b.length);
      int to = from + random.nextInt(b.length - from + 1);
      int expected = from;
      while (expected < to && b[expected] != ' ' && b[expected] != '\t') {
        expected++;
      }
      assertThat(Bytes.tokenEnd(b, from, to)).isEqualTo(expected);
    }
  }

  @Test
  void theWordAtATimePatternSearchAgreesWithANaiveOne() {
    SplittableRandom random = new SplittableRandom(13);
    for (int round = 0; round < 20_000; round++) {
      byte[] b = new byte[1 + random.nextInt(48)];
      for (int i = 0; i < b.length; i++) {
        b[i] = (byte) "query: x".charAt(random.nextInt(8));
      }
      if (b.length > 8 && random.nextBoolean()) {
        System.arraycopy(ascii("query: "), 0, b, random.nextInt(b.length - 7), 7);
      }
      byte[] pattern = ascii(random.nextBoolean() ? "query: " : "q");
      int from = random.nextInt(b.length);
      int to = from + random.nextInt(b.length - from + 1);
      int expected = -1;
      for (int i = from; i + pattern.length <= to && expected < 0; i++) {
        boolean all = true;
        for (int k = 0; k < pattern.length; k++) {
          all &= b[i + k] == pattern[k];
        }
        expected = all ? i : -1;
      }
      assertThat(Bytes.indexOf(b, from, to, pattern)).isEqualTo(expected);
    }
  }

  @Test
  void bindTimesWithinOneSecondReuseItAndTheNextSecondOrDayIsReadAgain() {
    Times times = new Times(java.time.ZoneOffset.UTC, 0L, false);
    int[] end = new int[1];
    String[] lines = {"24-Nov-2026 10:15:32.123 client", "24-Nov-2026 10:15:32.900 client",
        "24-Nov-2026 10:15:33 client", "25-Nov-2026 10:15:32.123 client",
        "25-Nov-2026 10:15:3x.123 client"};
    long[] expected = new long[lines.length];
    for (int k = 0; k < 4; k++) {
      java.time.LocalDateTime t = java.time.LocalDateTime.parse(
          lines[k].substring(0, lines[k].indexOf(" client")),
          java.time.format.DateTimeFormatter.ofPattern("dd-MMM-yyyy HH:mm:ss[.SSS]", Locale.ENGLISH));
      expected[k] = t.toInstant(java.time.ZoneOffset.UTC).toEpochMilli();
    }
    expected[4] = Times.BAD;
    for (int k = 0; k < lines.length; k++) {
      byte[] b = ascii(lines[k]);
      assertThat(times.bind(b, 0, b.length, end)).as(lines[k]).isEqualTo(expected[k]);
    }
  }

  @Test
  void bindFindsTheFirstQueryMarkWithOrWithoutTheNameInParentheses() {
    BindParser parser = new BindParser(new Times(ZoneOffset.UTC, 0L, false));
    String head = "24-Nov-2026 10:15:32.123 client @0x7f 10.0.0.1#53 ";
    String[][] cases = {
      {"(a.example): query: a.example IN A +", "a.example"},
      {"(a.example): view internal: query: b.example IN A +", "b.example"},
      {"(x.query:): query: c.example IN A +", "c.example"},
      {"(x.query: query: d.example IN A +", "d.example"},
      {"(x): query: query: e.example IN A +", "e.example"},
      {"query: f.example IN A +", "f.example"},
    };
    Event e = new Event();
    for (String[] c : cases) {
      byte[] b = ascii(head + c[0]);
      assertThat(parser.parse(b, 0, b.length, e)).as(c[0]).isEqualTo(LineParser.QUERY);
      assertThat(new String(b, e.nameFrom, e.nameTo - e.nameFrom, StandardCharsets.ISO_8859_1))
          .as(c[0]).isEqualTo(c[1]);
    }
  }

  @Test
  void aClientIsRecognisedByItsBytesNotByWhereTheyLayInTheBuffer() {
    Aggregator a = new Aggregator(Settings.of(Fixtures.catalog(), ClientKey.random(),
        Audiences.NONE, Long.MIN_VALUE + 1, Long.MAX_VALUE, java.time.ZoneOffset.UTC, 0L,
        LogFormat.BIND, 1, false));
    byte[] buffer = ascii("10.0.0.1 example.org                ");
    Event e = new Event();
    e.time = 1;
    e.name(buffer, 9, 20);
    e.client(buffer, 0, 8);
    a.accept(e);
    a.accept(e);
    buffer[7] = '2'; // the same place in a refilled buffer: another client
    a.accept(e);
    a.forgetClients();
    buffer[7] = '1'; // the first client again, after the table was emptied
    a.accept(e);
    a.finish();
    int group = a.groupOf(buffer, 9, 20);
    assertThat(a.queries(group)).isEqualTo(4);
    assertThat(a.clients(group)).isEqualTo(2);
  }

  @Test
  void hostsAreGroupedAlikeWhateverTheirCaseOrTrailingDot() {
    Aggregator a = new Aggregator(Settings.of(Fixtures.catalog(), ClientKey.random(),
        Audiences.NONE, Long.MIN_VALUE + 1, Long.MAX_VALUE, java.time.ZoneOffset.UTC, 0L,
        LogFormat.BIND, 1, false));
    int service = a.groupOf(ascii("Chat.Dragon-Chat.TEST."), 0, 22);
    assertThat(service).isLessThan(a.serviceCount);
    assertThat(a.groupOf(ascii("chat.dragon-chat.test"), 0, 21)).isEqualTo(service);
    int bbc = a.groupOf(ascii("x news.BBC.co.uk"), 2, 16);
    assertThat(a.domains.get(bbc - a.serviceCount)).isEqualTo("bbc.co.uk");
    assertThat(a.groupOf(ascii("www.bbc.co.uk."), 0, 14)).isEqualTo(bbc);
    // lengths that end inside and on a word of eight bytes
    assertThat(a.groupOf(ascii("a.bbc.co.uk"), 0, 11)).isEqualTo(bbc);
    assertThat(a.groupOf(ascii("abcdefg.bbc.co.uk"), 0, 17)).isEqualTo(bbc);
    assertThat(a.groupOf(ascii("example.org"), 0, 11)).isNotEqualTo(bbc);
    // a catalog name's registrable domain, for alias rows
    int cloud = a.registrableGroup(ascii("api.dragon-cloud.test"), 0, 21);
    assertThat(a.domains.get(cloud - a.serviceCount)).isEqualTo("dragon-cloud.test");
  }

  /**
   * A proxy or a hand-made CSV may write a host in Unicode where a resolver logs its punycode:
   * both are one host, the report names it in punycode as the catalog does, and a Unicode name
   * under a catalog domain reaches its service.
   */
  @Test
  void aHostWrittenInUnicodeIsGroupedWithItsPunycodeForm() {
    Aggregator a = new Aggregator(Settings.of(Fixtures.catalog(), ClientKey.random(),
        Audiences.NONE, Long.MIN_VALUE + 1, Long.MAX_VALUE, java.time.ZoneOffset.UTC, 0L,
        LogFormat.CSV, 1, false));
    byte[] unicode = "www.Bücher.example.".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    int books = a.groupOf(unicode, 0, unicode.length);
    assertThat(a.domains.get(books - a.serviceCount)).isEqualTo("xn--bcher-kva.example");
    assertThat(a.groupOf(ascii("xn--bcher-kva.example"), 0, 21)).isEqualTo(books);
    byte[] underService = "översikt.dragon-chat.test".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(a.groupOf(underService, 0, underService.length))
        .isEqualTo(a.groupOf(ascii("chat.dragon-chat.test"), 0, 21));
    assertThat(a.domains.get(a.registrableGroup(unicode, 0, unicode.length) - a.serviceCount))
        .isEqualTo("xn--bcher-kva.example");
  }

  @Test
  void windowsNamesAreRewrittenWithDots() {
    byte[] name = ascii("(4)chat(11)dragon-chat(4)test(0)");
    byte[] out = new byte[64];
    int n = WindowsDnsParser.decode(name, 0, name.length, out);
    assertThat(new String(out, 0, n, StandardCharsets.ISO_8859_1)).isEqualTo("chat.dragon-chat.test");
    byte[] bad = ascii("(9)chat(0)");
    assertThat(WindowsDnsParser.decode(bad, 0, bad.length, out)).isEqualTo(-1);
  }

  @Test
  void squidReadsTheHostOfUrlsWithUserPortAndIpv6Literals() {
    SquidParser p = new SquidParser(new Times(ZoneOffset.UTC, 0, false));
    Event e = new Event();
    String[][] cases = {
      {"1764000000.123 5 10.0.0.1 TCP_MISS/200 1 GET http://user@Host.example:8080/p?q - HIER_DIRECT/1.2.3.4 text/html", "Host.example"},
      {"1764000000.123 5 10.0.0.1 TCP_TUNNEL/200 1 CONNECT chat.example:443 - HIER_DIRECT/1.2.3.4 -", "chat.example"},
      {"1764000000.123 5 10.0.0.1 TCP_MISS/200 1 GET https://[2001:db8::1]:443/x - HIER_DIRECT/- -", "2001:db8::1"},
    };
    for (String[] c : cases) {
      byte[] line = ascii(c[0]);
      assertThat(p.parse(line, 0, line.length, e)).isEqualTo(LineParser.QUERY);
      assertThat(new String(e.nameBuf, e.nameFrom, e.nameTo - e.nameFrom, StandardCharsets.ISO_8859_1))
          .isEqualTo(c[1]);
    }
  }

  @Test
  @org.junit.jupiter.api.Timeout(120)
  void anyBytesParseOrFailWithADeclaredResultInEveryFormat() {
    // A seeded fuzz: random and mutated lines never throw or hang, a malformed result has a
    // reason and a sample.
    SplittableRandom random = new SplittableRandom(42);
    String[] seeds = {
      "24-Nov-2026 08:00:00.000 client @0x7f 10.0.0.1#5 (a.test): query: a.test IN A + (1.2.3.4)",
      "[1764000000] unbound[1:0] info: 10.0.0.1 a.test. A IN",
      "Nov 24 08:00:00 dnsmasq[1]: query[A] a.test from 10.0.0.1",
      "1764000000.1\tC1\t10.0.0.1\t5\t1.1.1.1\t53\tudp\t1\t0.1\ta.test\t1\tC_INTERNET\t1\tA\t0\tNOERROR\tF\tF\tT\tT\t0\tb.test,1.2.3.4\t1,1\tF",
      "{\"ts\":1764000000.1,\"id.orig_h\":\"10.0.0.1\",\"query\":\"a.test\",\"answers\":[\"b.test\"]}",
      "1764000000.123 5 10.0.0.1 TCP_MISS/200 1 GET http://a.test/ - HIER_DIRECT/1.2.3.4 text/html",
      "11/24/2026 8:00:00 AM 0E3C PACKET  00 UDP Rcv 10.0.0.1 5a00   Q [0001   D   NOERROR] A (1)a(4)test(0)",
      "2026-11-24T08:00:00Z,10.0.0.1,a.test",
      "\"2026-11-24 08:00:00\",\"u\",\"u,Site\",\"10.0.0.1\",\"1.1.1.1\",\"Allowed\",\"1 (A)\",\"NOERROR\",\"a.test.\",\"\"",
      "<189>date=2026-11-24 time=08:00:00 tz=\"+0100\" logid=\"1500054000\" type=\"utm\" subtype=\"dns\""
          + " eventtype=\"dns-query\" user=\"u\" srcip=10.0.0.1 qname=\"a.test\"",
      "1,2026/11/24 09:00:00,0128,THREAT,url,2562,2026/11/24 09:00:00,10.0.0.1,1.2.3.4,,,r,u,,ssl,v,z,i,e1,e2,l,"
          + "2026/11/24 09:00:00,1,1,5,443,0,0,0x0,tcp,alert,\"a.test/\",(9999),news",
      "date=2026-11-24 time=09:00:00 log_id=050901616001 log_type=\"Content Filtering\" user_name=\"u\""
          + " src_ip=10.0.0.1 url=\"https://a.test/\" domain=a.test",
      "{\"T\":\"2026-11-24T09:00:00.000000001+01:00\",\"QH\":\"a.test\",\"IP\":\"10.0.0.1\",\"Result\":{\"Rules\":[{}]}}",
      "{\"EventID\":256,\"EventTime\":\"2026-11-24 08:00:00\",\"Source\":\"10.0.0.1\",\"QNAME\":\"a.test.\"}",
    };
    Times times = new Times(ZoneOffset.UTC, 1_800_000_000_000L, false);
    LineParser[] parsers = {
      new BindParser(times), new UnboundParser(times, true), new DnsmasqParser(times),
      new ZeekTsvParser(times, ZeekTsvParser.Layout.DEFAULT), new ZeekJsonParser(times),
      new SquidParser(times), new WindowsDnsParser(times), new CsvParser(times),
      new UmbrellaParser(times), new FortiGateParser(times, FortiGateParser.Mode.ANY), new PanOsParser(times),
      new SophosParser(times), new AdGuardHomeParser(times),
      new WindowsDnsEventParser(times)
    };
    Event e = new Event();
    for (int i = 0; i < parsers.length; i++) {
      byte[] seed = ascii(seeds[i]);
      assertThat(parsers[i].parse(seed, 0, seed.length, e)).as(seeds[i]).isEqualTo(LineParser.QUERY);
    }
    for (int round = 0; round < 20_000; round++) {
      byte[] line = ascii(seeds[random.nextInt(seeds.length)]);
      int cut = 1 + random.nextInt(line.length);
      for (int m = random.nextInt(4); m > 0; m--) {
        line[random.nextInt(cut)] = (byte) random.nextInt(256);
      }
      for (LineParser p : parsers) {
        e.reason = "";
        int r = p.parse(line, 0, cut, e);
        assertThat(r).isBetween(LineParser.QUERY, LineParser.MALFORMED);
        if (r == LineParser.MALFORMED) {
          assertThat(e.reason).isNotEmpty();
          assertThat(p.sample(line, 0, cut)).isNotNull();
        }
        if (r == LineParser.QUERY) {
          assertThat(e.nameTo).isGreaterThan(e.nameFrom);
          assertThat(e.clientTo).isGreaterThanOrEqualTo(e.clientFrom);
        }
      }
    }
  }
}
