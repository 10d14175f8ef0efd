package eu.vern.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.vern.discovery.DiscoveryReport.DomainUsage;
import eu.vern.discovery.DiscoveryReport.ServiceUsage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Each format's fixture, written from its documented layout, gives the right counts. */
class FormatsTest {

  @ParameterizedTest
  @EnumSource(value = LogFormat.class, names = "AUTO", mode = EnumSource.Mode.EXCLUDE)
  void everyFormatCountsTheFixturesQueriesServicesAndClients(LogFormat format) {
    DiscoveryReport r = Fixtures.run(format, Fixtures.LOGS.get(format));

    assertThat(r.lines().parsed()).isEqualTo(46);
    assertThat(r.services()).extracting(ServiceUsage::id, ServiceUsage::queries, ServiceUsage::clients)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("dragon-chat", 16L, 7L),
            org.assertj.core.groups.Tuple.tuple("nordic-chat", 5L, 5L));
    assertThat(r.unknown()).extracting(DomainUsage::domain, DomainUsage::queries, DomainUsage::clients)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("bbc.co.uk", 12L, 9L),
            org.assertj.core.groups.Tuple.tuple("example-analytics.com", 5L, 5L),
            org.assertj.core.groups.Tuple.tuple("schoolportal.se", 5L, 5L));
    // dragon-cloud (2 clients) and example.org (1 client) are below the default of 5; Zeek's
    // alias row (schoolportal.se into dragon-chat) has 5 clients and is shown, not suppressed
    assertThat(r.suppressed()).isEqualTo(2);
    assertThat(r.firstSeen()).isEqualTo(Instant.parse("2026-11-24T08:00:00Z"));
    assertThat(r.lastSeen()).isEqualTo(Instant.parse("2026-11-24T08:27:45Z"));
  }

  @Test
  void aServiceListsTheCatalogNamesThroughWhichItWasReachedFoldingCaseAndTheTrailingDot() {
    DiscoveryReport r = Fixtures.run(LogFormat.BIND, "bind-query.log");
    assertThat(r.services().get(0).domains())
        .containsExactly("api.dragon-cloud.test", "dragon-chat.test");
    assertThat(r.services().get(0).verdict()).isEqualTo(DiscoveryReport.NOT_ASSESSED);
  }

  @Nested
  class LineCounts {

    @Test
    void bindIgnoresOtherCategoriesAndCountsTheCutOffLineAsMalformed() {
      DiscoveryReport r = Fixtures.run(LogFormat.BIND, "bind-query.log");
      assertThat(r.lines()).isEqualTo(new DiscoveryReport.Lines(48, 46, 1, 1, 0));
      assertThat(r.malformedSamples()).singleElement().satisfies(m -> {
        assertThat(m.line()).isEqualTo(23);
        assertThat(m.source()).endsWith("bind-query.log");
      });
    }

    @Test
    void unboundCountsQueriesOnceWhenBothQueriesAndRepliesAreLogged() {
      DiscoveryReport r = Fixtures.run(LogFormat.UNBOUND, "unbound.log");
      assertThat(r.lines()).isEqualTo(new DiscoveryReport.Lines(93, 46, 0, 47, 0));
    }

    @Test
    void unboundReplyLinesWithTheDestinationAddressCountWhenNoQueryLinesAreLogged() {
      // log-replies with log-destaddr (Unbound 1.19.3 and later): "... 0 62 on udp 10.0.0.53 53"
      DiscoveryReport r = Fixtures.run(LogFormat.UNBOUND, "unbound-replies-destaddr.log");
      assertThat(r.lines()).isEqualTo(new DiscoveryReport.Lines(47, 46, 0, 1, 0));
      assertThat(r.services()).extracting(ServiceUsage::id, ServiceUsage::queries)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("dragon-chat", 16L),
              org.assertj.core.groups.Tuple.tuple("nordic-chat", 5L));
      // a reply line carries the rcode, not the answer: never a CNAME target
      assertThat(r.aliases()).isEmpty();
    }

    @Test
    void dnsmasqAndPiholeIgnoreForwardedAndReplyLines() {
      assertThat(Fixtures.run(LogFormat.DNSMASQ, "dnsmasq.log").lines())
          .isEqualTo(new DiscoveryReport.Lines(138, 46, 0, 92, 0));
      assertThat(Fixtures.run(LogFormat.PIHOLE, "pihole.log").lines())
          .isEqualTo(new DiscoveryReport.Lines(138, 46, 0, 92, 0));
    }

    @Test
    void windowsCountsOnlyQueriesTheServerReceivedAndIgnoresTheHeader() {
      DiscoveryReport r = Fixtures.run(LogFormat.WINDOWS_DNS, "windows-dns.log");
      assertThat(r.lines().parsed()).isEqualTo(46);
      assertThat(r.lines().malformed()).isZero();
      assertThat(r.lines().ignored()).isEqualTo(3 * 46 + 6);
    }

    @Test
    void squidIgnoresEntriesWithoutAHost() {
      assertThat(Fixtures.run(LogFormat.SQUID, "squid-access.log").lines())
          .isEqualTo(new DiscoveryReport.Lines(47, 46, 0, 1, 0));
    }

    @Test
    void zeekIgnoresItsHeaderLines() {
      assertThat(Fixtures.run(LogFormat.ZEEK, "zeek-dns.log").lines())
          .isEqualTo(new DiscoveryReport.Lines(55, 46, 0, 9, 0));
    }
  }

  @Nested
  class Aliases {

    @Test
    void zeekAnswersThatCnameIntoACatalogServiceShowTheAlias() {
      for (String log : List.of("zeek-dns.log", Fixtures.ZEEK_JSON)) {
        DiscoveryReport r = Fixtures.run(LogFormat.ZEEK, log);
        assertThat(r.aliases()).singleElement().satisfies(a -> {
          assertThat(a.domain()).isEqualTo("schoolportal.se");
          assertThat(a.serviceId()).isEqualTo("dragon-chat");
          assertThat(a.queries()).isEqualTo(5);
          assertThat(a.clients()).isEqualTo(5);
        });
      }
    }

    @Test
    void dnsmasqWithExtraLoggingTiesReplyChainsToTheirQueryAndShowsTheAlias() {
      // Pi-hole's layout with log-queries=extra: a serial and the client on every line; the chains
      // interleave with another query's, pass through a second alias, come from the cache, and end
      // in an address, NXDOMAIN or NODATA: every one of them pointed the client at the service.
      DiscoveryReport r = Fixtures.run(LogFormat.DNSMASQ, "pihole-cname.log");

      assertThat(r.aliases()).singleElement().satisfies(a -> {
        assertThat(a.domain()).isEqualTo("schoolportal.se");
        assertThat(a.serviceId()).isEqualTo("dragon-chat");
        assertThat(a.queries()).isEqualTo(5);
        assertThat(a.clients()).isEqualTo(5);
      });
      assertThat(r.lines()).isEqualTo(new DiscoveryReport.Lines(25, 6, 0, 19, 0));
    }

    @Test
    void dnsmasqWithoutTheSerialCannotTieRepliesToQueriesAndShowsNoAlias() {
      DiscoveryReport r = Fixtures.run(LogFormat.DNSMASQ, "dnsmasq-cname.log");

      assertThat(r.aliases()).isEmpty();
      assertThat(r.lines()).isEqualTo(new DiscoveryReport.Lines(25, 6, 0, 19, 0));
    }

    @Test
    void logsWithoutAnswersReportNoAliases() {
      assertThat(Fixtures.run(LogFormat.BIND, "bind-query.log").aliases()).isEmpty();
    }
  }

  @Test
  void autoDetectsEveryFormatFromItsFirstLines() {
    for (var e : Fixtures.LOGS.entrySet()) {
      DiscoveryReport r = Fixtures.run(Fixtures.discovery(), Fixtures.log(e.getValue()));
      // Pi-hole writes dnsmasq's layout: detection cannot tell them apart, and need not
      String expected = e.getKey() == LogFormat.PIHOLE ? "dnsmasq" : e.getKey().code();
      assertThat(r.formats()).as(e.getValue()).containsExactly(expected);
    }
    for (var e : Fixtures.OTHER_NOTATIONS.entrySet()) {
      assertThat(Fixtures.run(Fixtures.discovery(), Fixtures.log(e.getKey())).formats())
          .as(e.getKey()).containsExactly(e.getValue().code());
    }
  }

  @Test
  void sinceAndUntilKeepOnlyTheWindowAndCountTheRest() {
    DiscoveryReport r = Fixtures.run(Fixtures.discovery()
            .since(Instant.parse("2026-11-24T08:10:00Z"))
            .until(Instant.parse("2026-11-24T08:20:00Z"))
            .minClients(1),
        Fixtures.log("queries.csv"));
    // events are 37 s apart from 08:00:00: 08:10:00 falls before the 17th, 08:20:00 before the 33rd
    assertThat(r.lines().parsed()).isEqualTo(16);
    assertThat(r.lines().outsideWindow()).isEqualTo(30);
  }

  /**
   * A Windows DNS server writes dates in its regional format. The fixture's events, rewritten the
   * Swedish, Norwegian, Finnish and Danish way, give the US English fixture's report, byte for byte,
   * also when the format is detected.
   */
  @ParameterizedTest
  @CsvSource({
      "sv, '%4$04d-%2$02d-%1$02d %5$02d:%6$02d:%7$02d'",
      "nb, '%1$02d.%2$02d.%4$04d %5$02d:%6$02d:%7$02d'",
      "fi, '%1$d.%2$d.%4$04d %5$d.%6$02d.%7$02d'",
      "da, '%1$02d-%2$02d-%4$04d %5$02d:%6$02d:%7$02d'",
  })
  void windowsDatesInTheServersRegionalFormatGiveTheSameReport(String region, String layout,
      @TempDir Path dir) throws IOException {
    Path file = windowsLogIn(region, layout, dir);
    String expected = fixtureJson(LogFormat.WINDOWS_DNS);
    assertThat(json(Fixtures.discovery(), file)).isEqualTo(expected);
    assertThat(json(Fixtures.discovery().format(LogFormat.WINDOWS_DNS), file))
        .isEqualTo(expected);
  }

  /**
   * A British English server writes 24/11/2026: read month first (the US default) such a file is
   * refused with a message that names the option; read day first on request, it gives the US
   * fixture's report.
   */
  @Test
  void britishSlashDatesAreReadDayFirstWhenTheRunSaysSo(@TempDir Path dir) throws IOException {
    Path file = windowsLogIn("gb", "%1$02d/%2$02d/%4$04d %5$02d:%6$02d:%7$02d", dir);
    String expected = fixtureJson(LogFormat.WINDOWS_DNS);

    assertThat(json(
        Fixtures.discovery().format(LogFormat.WINDOWS_DNS).slashDatesDayFirst(true), file))
        .isEqualTo(expected);
    assertThatThrownBy(() -> Fixtures.discovery()
            .format(LogFormat.WINDOWS_DNS).build().run(List.of(LogSource.of(file))))
        .isInstanceOf(LogFormatException.class)
        .hasMessageContaining("dns-gb.log:9")
        .hasMessageContaining("--day-first");
    assertThatThrownBy(() -> Fixtures.discovery()
            .build().run(List.of(LogSource.of(file))))
        .isInstanceOf(LogFormatException.class)
        .hasMessageContaining("cannot tell the log format")
        .hasMessageContaining("--day-first");
  }

  /**
   * Up to the 12th, 11/05/2026 may be 5 November or 11 May. A Windows DNS log whose slash dates
   * never show their order is read month first with a note in the report that names the file and
   * the option; a date past the 12th, or --day-first, leaves no note.
   */
  @Test
  void slashDatesThatNeverShowTheirOrderLeaveANoteNamingTheOption(@TempDir Path dir)
      throws IOException {
    Path ambiguous = windowsLogIn("us-5th", "%2$d/5/%4$04d %5$02d:%6$02d:%7$02d", dir);

    DiscoveryReport monthFirst = Fixtures.run(Fixtures.discovery(), ambiguous);
    assertThat(monthFirst.notes()).singleElement().asString()
        .startsWith(ambiguous + ": ").contains("05/12/2026").contains("--day-first");
    assertThat(monthFirst.firstSeen()).isEqualTo(Instant.parse("2026-11-05T08:00:00Z"));
    assertThat(ReportJson.write(monthFirst)).contains("\"notes\" : [ \"" + ambiguous);
    assertThat(ReportHtml.write(monthFirst)).contains("<strong>Note:</strong> " + ambiguous);

    DiscoveryReport dayFirst = Fixtures.run(Fixtures.discovery().slashDatesDayFirst(true), ambiguous);
    assertThat(dayFirst.notes()).isEmpty();
    assertThat(dayFirst.firstSeen()).isEqualTo(Instant.parse("2026-05-11T08:00:00Z"));
    assertThat(Fixtures.run(LogFormat.WINDOWS_DNS, Fixtures.LOGS.get(LogFormat.WINDOWS_DNS)).notes())
        .isEmpty();
  }

  /** The Windows fixture with its US dates rewritten by {@code layout} (day, month, -, year, h, m, s). */
  private static Path windowsLogIn(String region, String layout, Path dir) throws IOException {
    Path us = Fixtures.log(Fixtures.LOGS.get(LogFormat.WINDOWS_DNS));
    Matcher m = Pattern
        .compile("(\\d{1,2})/(\\d{1,2})/(\\d{4}) (\\d{1,2}):(\\d{2}):(\\d{2}) (AM|PM)")
        .matcher(Files.readString(us));
    StringBuilder rewritten = new StringBuilder();
    int converted = 0;
    while (m.find()) {
      int hour = Integer.parseInt(m.group(4)) % 12 + (m.group(7).equals("PM") ? 12 : 0);
      String local = String.format(Locale.ROOT, layout, Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(1)), 0, Integer.parseInt(m.group(3)), hour,
          Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)));
      m.appendReplacement(rewritten, local);
      converted++;
    }
    m.appendTail(rewritten);
    assertThat(converted).isGreaterThan(46);
    Path file = dir.resolve("dns-" + region + ".log");
    Files.writeString(file, rewritten);
    return file;
  }

  /**
   * A Squid proxy configured with {@code logformat common} or {@code combined} writes Apache's
   * layout. The native fixture's events, rewritten in both, give the native fixture's report byte
   * for byte, also when the format is detected.
   */
  @ParameterizedTest
  @ValueSource(strings = {"common", "combined"})
  void squidsCommonAndCombinedLayoutsGiveTheNativeLogsReport(String layout,
      @TempDir Path dir) throws IOException {
    Path nativeLog = Fixtures.log(Fixtures.LOGS.get(LogFormat.SQUID));
    DateTimeFormatter httpd = DateTimeFormatter
        .ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH)
        .withZone(ZoneOffset.ofHours(1));
    StringBuilder rewritten = new StringBuilder();
    int lines = 0;
    for (String line : Files.readAllLines(nativeLog)) {
      if (line.isBlank()) {
        continue;
      }
      // TIME ELAPSED CLIENT CODE/STATUS BYTES METHOD URL USER HIERARCHY/PEER TYPE
      String[] f = line.trim().split("\\s+");
      String[] code = f[3].split("/");
      Instant time = Instant.ofEpochMilli(Math.round(Double.parseDouble(f[0]) * 1000));
      rewritten.append(f[2]).append(" - ").append(f[7]).append(" [").append(httpd.format(time))
          .append("] \"").append(f[5]).append(' ').append(f[6]).append(" HTTP/1.1\" ")
          .append(code.length > 1 ? code[1] : "000").append(' ').append(f[4]);
      if (layout.equals("combined")) {
        rewritten.append(" \"-\" \"Mozilla/5.0 (X11; Linux x86_64)\"");
      }
      rewritten.append(' ').append(code[0]).append(':').append(f[8].split("/")[0]).append('\n');
      lines++;
    }
    assertThat(lines).isEqualTo(47);
    Path file = dir.resolve("access-" + layout + ".log");
    Files.writeString(file, rewritten);

    String expected = fixtureJson(LogFormat.SQUID);
    assertThat(json(Fixtures.discovery().format(LogFormat.SQUID), file))
        .isEqualTo(expected);
    assertThat(json(Fixtures.discovery(), file)).isEqualTo(expected);
  }

  /**
   * rsyslog's high-precision file format, {@code journalctl -o short-iso} and BIND's own {@code
   * print-time iso8601} stamp lines with RFC 3339 times instead of {@code Nov 24 08:00:00}. The
   * fixtures' events, written that way, give the fixtures' reports byte for byte.
   */
  @ParameterizedTest
  @CsvSource({
      "DNSMASQ, rsyslog", "DNSMASQ, journal", "PIHOLE, rsyslog", "UNBOUND, rsyslog", "UNBOUND, journal",
      "BIND, rsyslog", "BIND, print-time"})
  void syslogLinesStampedWithRfc3339TimesGiveTheSameReport(LogFormat format, String stamp,
      @TempDir Path dir) throws IOException {
    Path original = Fixtures.log(Fixtures.LOGS.get(format));
    DateTimeFormatter rfc3339 = DateTimeFormatter.ofPattern(
        switch (stamp) {
          case "rsyslog" -> "yyyy-MM-dd'T'HH:mm:ss.SSSSSSxxx";
          case "print-time" -> "yyyy-MM-dd'T'HH:mm:ss.SSSxxx";
          default -> "yyyy-MM-dd'T'HH:mm:ssxx";
        })
        .withZone(ZoneOffset.ofHours(1));
    DateTimeFormatter syslog = DateTimeFormatter
        .ofPattern("MMM ppd HH:mm:ss yyyy", Locale.ENGLISH);
    DateTimeFormatter bind = DateTimeFormatter
        .ofPattern("dd-MMM-yyyy HH:mm:ss.SSS", Locale.ENGLISH);
    StringBuilder rewritten = new StringBuilder();
    int stamped = 0;
    for (String line : Files.readAllLines(original)) {
      Instant time;
      String rest;
      if (format == LogFormat.UNBOUND && line.startsWith("[")) {
        time = Instant.ofEpochSecond(Long.parseLong(line.substring(1, line.indexOf(']'))));
        rest = "ns1 " + line.substring(line.indexOf(']') + 2);
      } else if (format == LogFormat.BIND && line.length() > 24 && line.charAt(2) == '-') {
        time = LocalDateTime.parse(line.substring(0, 24), bind).toInstant(ZoneOffset.UTC);
        // BIND's own print-time iso8601 writes no host and no process before the category
        rest = (stamp.equals("print-time") ? "" : "ns1 named[77]: ") + line.substring(25);
      } else if (line.matches("[A-Z][a-z]{2} [ \\d]\\d \\d\\d:\\d\\d:\\d\\d .*")) {
        time = LocalDateTime.parse(line.substring(0, 15) + " 2026", syslog)
            .toInstant(ZoneOffset.UTC);
        rest = "ns1 " + line.substring(16);
      } else {
        rewritten.append(line).append('\n');
        continue;
      }
      rewritten.append(rfc3339.format(time)).append(' ').append(rest).append('\n');
      stamped++;
    }
    assertThat(stamped).isGreaterThan(46);
    Path file = dir.resolve(format.code() + "-" + stamp + ".log");
    Files.writeString(file, rewritten);

    String expected = fixtureJson(format);
    assertThat(json(Fixtures.discovery().format(format), file))
        .isEqualTo(expected);
  }

  /** The JSON report of {@code log} read as {@code discovery} is set up. */
  private static String json(Discovery.Builder discovery, Path log) {
    return ReportJson.write(Fixtures.run(discovery, log));
  }

  /**
   * Zeek writes the separators and the markers of unset and empty fields it was configured with
   * into the header ({@code LogAscii::separator}, {@code set_separator}, {@code unset_field},
   * {@code empty_field}), or with the writer's {@code tsv} option only a line of column names. The
   * TSV fixture, with a query-less line and an answer-less line added, written each of those ways
   * gives the same report, also when the format is detected.
   */
  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "pipe;     |; \\x7c; +; NULL; EMPTY",
      "comma;    ,; ,;      |; -;    (none)",
      "space;    ' '; \\x20; ,; -; (empty)",
      "tsv-option; '	'; ; ,; -; (empty)"})
  void zeekLogsAreReadWithTheSeparatorsAndMarkersTheirHeaderDeclares(String name, String separator,
      String declared, String setSeparator, String unset, String empty, @TempDir Path dir)
      throws IOException {
    List<String> lines = new java.util.ArrayList<>(
        Files.readAllLines(Fixtures.log(Fixtures.LOGS.get(LogFormat.ZEEK))));
    int close = lines.size() - 1;
    lines.add(close, "1795508900.000000\tC00000046abc\t10.20.1.17\t40046\t10.0.0.53\t53\tudp\t1046"
        + "\t-\t-\t-\t-\t-\t-\t0\tNOERROR\tF\tF\tF\tF\t0\t-\t-\tF");
    lines.add(close, "1795508890.000000\tC00000047abc\t10.20.1.18\t40047\t10.0.0.53\t53\tudp\t1047"
        + "\t0.010000\tnothing.example.org\t1\tC_INTERNET\t1\tA\t3\tNXDOMAIN\tF\tF\tT\tT\t0"
        + "\t(empty)\t(empty)\tF");
    Path tabs = dir.resolve("dns-default.log");
    Files.write(tabs, lines);
    StringBuilder rewritten = new StringBuilder();
    for (String line : lines) {
      if (line.startsWith("#separator")) {
        if (declared != null) {
          rewritten.append("#separator ").append(declared).append('\n');
        }
        continue;
      }
      if (declared == null && line.startsWith("#")) {
        if (line.startsWith("#fields\t")) {
          rewritten.append(line.substring("#fields\t".length())).append('\n');
        }
        continue;
      }
      String[] fields = line.split("\t", -1);
      for (int i = 0; i < fields.length; i++) {
        String f = fields[i];
        if (line.startsWith("#set_separator") && i == 1) {
          f = setSeparator;
        } else if (line.startsWith("#unset_field") && i == 1) {
          f = unset;
        } else if (line.startsWith("#empty_field") && i == 1) {
          f = empty;
        } else if (!line.startsWith("#")) {
          f = f.equals("-") ? unset : f.equals("(empty)") ? empty : f.replace(",", setSeparator);
        }
        rewritten.append(i == 0 ? "" : separator).append(f);
      }
      rewritten.append('\n');
    }
    Path file = dir.resolve("dns-" + name + ".log");
    Files.writeString(file, rewritten);

    DiscoveryReport.Lines counted = Fixtures.run(Fixtures.discovery().format(LogFormat.ZEEK), file).lines();
    // the query-less line and the header lines are ignored: ten of them, or two with the tsv option
    assertThat(counted).isEqualTo(
        new DiscoveryReport.Lines(declared == null ? 49 : 57, 47, 0, declared == null ? 2 : 10, 0));
    String expected = withoutLines(json(Fixtures.discovery().format(LogFormat.ZEEK), tabs));
    assertThat(withoutLines(json(Fixtures.discovery().format(LogFormat.ZEEK), file))).isEqualTo(expected);
    assertThat(withoutLines(json(Fixtures.discovery(), file))).isEqualTo(expected);
  }

  private static String withoutLines(String json) {
    return json.replaceFirst("\"lines\" : \\{[^}]*}", "");
  }

  /**
   * Zeek's JSON writer can stamp {@code ts} as whole milliseconds ({@code JSON::TS_MILLIS}) or as
   * an ISO 8601 string ({@code JSON::TS_ISO8601}) instead of epoch seconds; all three give the
   * JSON fixture's report.
   */
  @ParameterizedTest
  @ValueSource(strings = {"millis", "iso8601"})
  void zeekJsonTimestampsInEveryStyleGiveTheSameReport(String style, @TempDir Path dir)
      throws IOException {
    Path original = Fixtures.log(Fixtures.ZEEK_JSON);
    Matcher m = Pattern.compile("\"ts\":(\\d+)\\.(\\d+)").matcher(Files.readString(original));
    StringBuilder rewritten = new StringBuilder();
    int converted = 0;
    while (m.find()) {
      Instant t = Instant.ofEpochSecond(Long.parseLong(m.group(1)));
      m.appendReplacement(rewritten, style.equals("millis")
          ? "\"ts\":" + t.toEpochMilli()
          : "\"ts\":\"" + DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
              .withZone(ZoneOffset.UTC).format(t) + "\"");
      converted++;
    }
    m.appendTail(rewritten);
    assertThat(converted).isEqualTo(46);
    Path file = dir.resolve("dns-" + style + ".json");
    Files.writeString(file, rewritten);

    String expected = json(Fixtures.discovery().format(LogFormat.ZEEK), original);
    assertThat(json(Fixtures.discovery().format(LogFormat.ZEEK), file)).isEqualTo(expected);
    assertThat(json(Fixtures.discovery(), file)).isEqualTo(expected);
  }

  /** A separator of more than one character is refused with the file and line of the header. */
  @Test
  void aZeekSeparatorOfSeveralCharactersIsRefusedNamingItsLine(@TempDir Path dir) throws IOException {
    String log = Files.readString(Fixtures.log(Fixtures.LOGS.get(LogFormat.ZEEK)))
        .replace("#separator \\x09", "#separator \\x3a\\x3a");
    Path file = dir.resolve("dns-two-colons.log");
    Files.writeString(file, log);
    assertThatThrownBy(() -> Fixtures.discovery().build().run(List.of(LogSource.of(file))))
        .isInstanceOf(LogFormatException.class)
        .hasMessageContaining("dns-two-colons.log:1")
        .hasMessageContaining("'::'");
  }

  /** The JSON report of the fixture of {@code format}. */
  private static String fixtureJson(LogFormat format) {
    return json(Fixtures.discovery().format(format), Fixtures.log(Fixtures.LOGS.get(format)));
  }
}
