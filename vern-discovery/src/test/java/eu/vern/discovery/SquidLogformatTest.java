package eu.vern.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A Squid whose {@code logformat} the site defined itself: the native fixture's events, written
 * in such formats, give the native fixture's report byte for byte when the definition is given.
 */
class SquidLogformatTest {

  /** One line of the native fixture: TIME ELAPSED CLIENT CODE/STATUS BYTES METHOD URL USER HIER TYPE. */
  private record Native(String[] f) {
    Instant time() {
      return Instant.ofEpochMilli(Math.round(Double.parseDouble(f[0]) * 1000));
    }

    String client() {
      return f[2];
    }

    String method() {
      return f[5];
    }

    String url() {
      return f[6];
    }

    /** The host Squid's %>rd writes: the URL's, or CONNECT's authority without the port; - for none. */
    String domain() {
      if (method().equals("CONNECT")) {
        return url().substring(0, url().lastIndexOf(':'));
      }
      int scheme = url().indexOf("://");
      if (scheme < 0) {
        return "-";
      }
      String rest = url().substring(scheme + 3);
      int end = rest.indexOf('/');
      String host = end < 0 ? rest : rest.substring(0, end);
      return host.contains(":") ? host.substring(0, host.indexOf(':')) : host;
    }
  }

  @TempDir Path dir;

  @Test
  void squidsOwnNativeDefinitionGivenAsALogformatReadsTheNativeLog() {
    Path log = Fixtures.log(Fixtures.LOGS.get(LogFormat.SQUID));
    String definition = "logformat squid %ts.%03tu %6tr %>a %Ss/%03>Hs %<st %rm %ru %[un %Sh/%<a %mt";
    assertThat(json(Fixtures.discovery().format(LogFormat.SQUID).squidLogformat(definition), log))
        .isEqualTo(nativeReport());
  }

  @Test
  void aTabSeparatedFormatWithIsoLocalTimesAndAQuotedUserAgentGivesTheNativeReport()
      throws IOException {
    DateTimeFormatter iso = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxx")
        .withZone(ZoneOffset.ofHours(1));
    Path log = rewrite("tabs.log", n -> iso.format(n.time()) + "\t" + n.client() + "\t"
        + n.method() + "\t" + n.url() + "\t200\t\"Mozilla/5.0 (\\\"compatible\\\"; Vern test)\"");
    String definition = "%{%Y-%m-%dT%H:%M:%S%z}tl\t%>a\t%rm\t%ru\t%>Hs\t\"%{User-Agent}>h\"";

    assertThat(json(Fixtures.discovery().format(LogFormat.SQUID).squidLogformat(definition), log))
        .isEqualTo(nativeReport());
    assertThat(json(Fixtures.discovery().squidLogformat(definition), log))
        .as("detected").isEqualTo(nativeReport());
  }

  @Test
  void aFormatWithTheRequestDomainAloneGivesTheNativeReport() throws IOException {
    Path log = rewrite("domains.log", n -> String.format(java.util.Locale.ROOT, "%d.%03d %s %s",
        n.time().getEpochSecond(), n.time().toEpochMilli() % 1000, n.client(), n.domain()));
    assertThat(json(Fixtures.discovery().format(LogFormat.SQUID).squidLogformat("%ts.%03tu %>a %>rd"),
        log)).isEqualTo(nativeReport());
  }

  /**
   * Squid's built-in {@code common} format, given as its definition: the time in brackets is
   * {@code %tl}'s default pattern ({@code dd/Mmm/yyyy:hh:mm:ss +hhmm}, with its own offset), the
   * request in quotes. {@code %tg} reads the same pattern in UTC.
   */
  @ParameterizedTest
  @CsvSource({"tl, 1", "tg, 0"})
  void theCommonFormatsDefinitionReadsItsBracketedTimes(String code, int offsetHours)
      throws IOException {
    DateTimeFormatter httpd = DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", java.util.Locale.ENGLISH)
        .withZone(ZoneOffset.ofHours(offsetHours));
    Path log = rewrite("common-" + code + ".log", n -> n.client() + " - - [" + httpd.format(n.time())
        + "] \"" + n.method() + " " + n.url() + " HTTP/1.1\" 200 1234 TCP_MISS:HIER_DIRECT");
    String definition = "%>a %[ui %[un [%" + code + "] \"%rm %ru HTTP/%rv\" %>Hs %<st %Ss:%Sh";
    assertThat(json(Fixtures.discovery().format(LogFormat.SQUID).squidLogformat(definition), log))
        .isEqualTo(nativeReport());
  }

  /** A local time without an offset ({@code %{...}tl} without {@code %z}) is in the run's zone. */
  @Test
  void aLocalTimeWithoutAnOffsetIsReadInTheRunsZone() throws IOException {
    DateTimeFormatter local = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
        .withZone(java.time.ZoneId.of("Europe/Stockholm"));
    Path log = rewrite("local.log", n -> local.format(n.time()) + " " + n.client() + " "
        + n.method() + " " + n.url());
    assertThat(json(Fixtures.discovery().format(LogFormat.SQUID)
            .zone(java.time.ZoneId.of("Europe/Stockholm"))
            .squidLogformat("%{%Y-%m-%d %H:%M:%S}tl %>a %rm %ru"), log))
        .isEqualTo(nativeReport());
  }

  /**
   * A proxy that intercepts TLS sees CONNECT to an address; the name the client asked for is in
   * the TLS server name, which wins over the URL when the line has one.
   */
  @Test
  void theTlsServerNameIsTheHostOfAConnectToAnAddress() throws IOException {
    Path log = rewrite("sni.log", n -> n.time().getEpochSecond() + " " + n.client() + " "
        + (n.method().equals("CONNECT") ? "CONNECT 198.51.100.7:443 " + n.domain()
            : n.method() + " " + n.url() + " -"));
    assertThat(json(Fixtures.discovery().format(LogFormat.SQUID)
        .squidLogformat("%ts %>a %rm %ru %ssl::>sni"), log)).isEqualTo(nativeReport());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "%>a %rm %ru                 | has no time of the request",
      "%ts %rm %ru                 | has no client",
      "%ts %>a %Ss                 | has no host",
      "%ts %>a%rm %ru              | at character 8: %>a and %rm have nothing between them",
      "%ts %>a %{Host %ru          | at character 9: a '{' without its '}'",
      "%{%Y-%q}tl %>a %ru          | uses %q, which Vern does not read",
      "%{%H:%M}tl %>a %ru          | does not give a whole date",
      "logformat                   | is empty",
      "%ts %>a %99999999999tr %ru  | at character 9: a field width of more than 4 digits"})
  void aDefinitionVernCannotReadByIsRefusedSayingWhy(String definition, String message) {
    assertThatThrownBy(() -> Fixtures.discovery().squidLogformat(definition))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
  }

  @Test
  void aLineThatDoesNotFollowTheDefinitionIsMalformedWithWhatWasExpected() throws IOException {
    Path log = dir.resolve("mixed.log");
    Files.writeString(log, "1795507200.000 10.20.1.11 chat.dragon-chat.test\n"
        + "1795507201.000,10.20.1.12,chat.dragon-chat.test\n");
    DiscoveryReport r = Fixtures.run(Fixtures.discovery().format(LogFormat.SQUID)
        .squidLogformat("%ts.%03tu %>a %>rd").minClients(1), log);
    assertThat(r.lines().parsed()).isEqualTo(1);
    assertThat(r.lines().malformed()).isEqualTo(1);
    assertThat(r.malformedSamples()).singleElement()
        .satisfies(m -> assertThat(m.reason()).contains("--squid-logformat").contains("no ' ' after %tu"));
  }

  private Path rewrite(String name, Function<Native, String> line) throws IOException {
    List<String> lines = Files.readAllLines(Fixtures.log(Fixtures.LOGS.get(LogFormat.SQUID)));
    StringBuilder out = new StringBuilder();
    int n = 0;
    for (String l : lines) {
      if (!l.isBlank()) {
        out.append(line.apply(new Native(l.trim().split("\\s+")))).append('\n');
        n++;
      }
    }
    assertThat(n).isEqualTo(47);
    Path file = dir.resolve(name);
    Files.writeString(file, out);
    return file;
  }

  private static String nativeReport() {
    return json(Fixtures.discovery().format(LogFormat.SQUID),
        Fixtures.log(Fixtures.LOGS.get(LogFormat.SQUID)));
  }

  private static String json(Discovery.Builder discovery, Path log) {
    return ReportJson.write(Fixtures.run(discovery, log));
  }
}
