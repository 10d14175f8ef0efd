package eu.vern.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.airlift.compress.zstd.ZstdOutputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compressed files, standard input, several files as one stream, and inputs that are not logs. */
class InputsTest {

  @TempDir Path dir;

  @Test
  void gzipAndZstdFilesGiveTheSameReportAsThePlainFile() throws IOException {
    Path plain = Fixtures.log("bind-query.log");
    Path gz = dir.resolve("query.log.gz");
    Path zst = dir.resolve("query.log.zst");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      Files.copy(plain, out);
    }
    try (OutputStream out = new ZstdOutputStream(Files.newOutputStream(zst))) {
      Files.copy(plain, out);
    }
    DiscoveryReport expected = Fixtures.run(Fixtures.discovery(), plain);
    for (Path p : List.of(gz, zst)) {
      DiscoveryReport r = Fixtures.run(Fixtures.discovery(), p);
      assertThat(r.services()).as(p.toString()).isEqualTo(expected.services());
      assertThat(r.unknown()).isEqualTo(expected.unknown());
      assertThat(r.lines()).isEqualTo(expected.lines());
    }
  }

  /**
   * Excel's "CSV UTF-8" puts a UTF-8 byte-order mark in front, and Windows PowerShell 5.1's
   * {@code Out-File} writes UTF-16 with its mark: such copies of a log give the report of the
   * log itself, as files, compressed, or on standard input.
   */
  @Test
  void aLogWithAByteOrderMarkOrInUtf16GivesTheLogsOwnReport() throws Exception {
    for (String name : List.of("queries.csv", "windows-dns.log")) {
      Path plain = Fixtures.log(name);
      String expected = ReportJson.write(Fixtures.run(Fixtures.discovery(), plain));
      String text = Files.readString(plain);
      byte[] utf8Marked = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
          text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      byte[] utf16le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
          text.getBytes(java.nio.charset.StandardCharsets.UTF_16LE));
      byte[] utf16be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF},
          text.getBytes(java.nio.charset.StandardCharsets.UTF_16BE));
      for (byte[] bytes : List.of(utf8Marked, utf16le, utf16be)) {
        Path file = dir.resolve("copy-" + bytes.length + "-" + (bytes[0] & 0xFF) + "-" + name);
        Files.write(file, bytes);
        Path gz = dir.resolve(file.getFileName() + ".gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
          out.write(bytes);
        }
        assertThat(ReportJson.write(Fixtures.run(Fixtures.discovery(), file))).as(file.toString())
            .isEqualTo(expected);
        assertThat(ReportJson.write(Fixtures.run(Fixtures.discovery(), gz))).as(gz.toString())
            .isEqualTo(expected);
        assertThat(ReportJson.write(Fixtures.discovery().build()
                .run(List.of(LogSource.of("-", () -> new ByteArrayInputStream(bytes))))))
            .as("standard input").isEqualTo(expected);
      }
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  /**
   * A BIND log without query logging holds only other categories: the report says none of its
   * lines is a query and how BIND is made to log them, instead of being silently empty.
   */
  @Test
  void aLogWithoutQueriesSaysSoAndHowTheServerLogsThem() throws Exception {
    Path log = dir.resolve("named.log");
    Files.writeString(log, """
        24-Nov-2026 08:00:00.000 general: info: zone kommun.example/IN: loaded serial 2026112401
        24-Nov-2026 08:00:01.000 general: info: all zones loaded
        24-Nov-2026 08:00:02.000 general: notice: running
        """);
    DiscoveryReport r = Fixtures.run(Fixtures.discovery().format(LogFormat.BIND), log);
    assertThat(r.lines().parsed()).isZero();
    assertThat(r.notes()).singleElement().asString()
        .isEqualTo(log + ": none of its 3 lines is a query; BIND logs queries with querylog yes;"
            + " in its options, or after rndc querylog on");
  }

  @Test
  void aTruncatedGzipOrZstdFileIsAnErrorThatNamesTheFileNotAShortReport() throws IOException {
    byte[] log = Files.readAllBytes(Fixtures.log("bind-query.log"));
    for (String kind : List.of("gzip", "zstd")) {
      java.io.ByteArrayOutputStream whole = new java.io.ByteArrayOutputStream();
      try (OutputStream out = kind.equals("gzip") ? new GZIPOutputStream(whole) : new ZstdOutputStream(whole)) {
        for (int i = 0; i < 400; i++) {
          out.write(log); // enough that the cut falls inside the data, not in the header
        }
      }
      Path cut = dir.resolve("query.log." + kind);
      byte[] bytes = whole.toByteArray();
      Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length / 2));

      assertThatThrownBy(() -> Fixtures.discovery().build().run(List.of(LogSource.of(cut))))
          .as(kind)
          .isInstanceOf(IOException.class)
          .hasMessageStartingWith(cut.toString() + ": the " + kind + " data ends early or is damaged")
          .hasMessageContaining("nothing was reported");
    }
  }

  @Test
  void aStreamSuchAsStandardInputIsReadLikeAFile() throws Exception {
    byte[] bytes = Files.readAllBytes(Fixtures.log("squid-access.log"));
    DiscoveryReport r = Fixtures.discovery().build()
        .run(List.of(LogSource.of("-", () -> new ByteArrayInputStream(bytes))));
    assertThat(r.lines().parsed()).isEqualTo(46);
    assertThat(r.formats()).containsExactly("squid");
  }

  @Test
  void severalFilesAreCountedAsOneStreamSoAClientInBothCountsOnce() {
    DiscoveryReport r = Fixtures.run(Fixtures.discovery(),
        Fixtures.log("bind-query.log"), Fixtures.log("dnsmasq.log"));
    assertThat(r.lines().parsed()).isEqualTo(92);
    assertThat(r.services().get(0).queries()).isEqualTo(32);
    assertThat(r.services().get(0).clients()).isEqualTo(7);
    assertThat(r.formats()).containsExactly("bind", "dnsmasq");
  }

  @Test
  void aFileInAnotherFormatIsRejectedWithItsNameAndTheLine() {
    Path squid = Fixtures.log("squid-access.log");
    assertThatThrownBy(() -> Fixtures.discovery().format(LogFormat.BIND).build()
            .run(List.of(LogSource.of(squid))))
        .isInstanceOf(LogFormatException.class)
        .hasMessageStartingWith(squid + ":1: not a BIND query log: ")
        .hasMessageNotContaining("10.20.1.11");
  }

  @Test
  void aFileNoFormatFitsIsRejectedAskingForTheFormat() throws IOException {
    Path text = dir.resolve("notes.txt");
    Files.writeString(text, "Minutes of the board meeting\nItem 1: DeepSeek\n");
    assertThatThrownBy(() -> Fixtures.discovery().build().run(List.of(LogSource.of(text))))
        .isInstanceOf(LogFormatException.class)
        .hasMessageContaining("notes.txt:1: cannot tell the log format")
        .hasMessageContaining("--format");
  }

  @Test
  void aMissingFileIsNamed() {
    Path missing = dir.resolve("nope.log");
    assertThatThrownBy(() -> Fixtures.discovery().build().run(List.of(LogSource.of(missing))))
        .isInstanceOf(LogFormatException.class)
        .hasMessage(missing + ": no such file");
  }

  @Test
  void malformedLinesInsideAGoodLogAreCountedSampledAndReadingGoesOn() throws IOException {
    Path log = dir.resolve("mixed.csv");
    StringBuilder b = new StringBuilder("timestamp,client,name\n");
    for (int i = 0; i < 30; i++) {
      b.append("2026-11-24T08:00:").append(String.format(java.util.Locale.ROOT, "%02d", i))
          .append("Z,10.20.1.").append(11 + i % 6).append(",chat.dragon-chat.test\n");
      if (i % 3 == 0) {
        b.append("yesterday,10.20.1.11,chat.dragon-chat.test\n");
      }
    }
    Files.writeString(log, b);
    DiscoveryReport r = Fixtures.run(Fixtures.discovery(), log);
    assertThat(r.lines().parsed()).isEqualTo(30);
    assertThat(r.lines().malformed()).isEqualTo(10);
    assertThat(r.malformedSamples()).hasSize(5).first().satisfies(m -> {
      assertThat(m.line()).isEqualTo(3);
      assertThat(m.text()).isEqualTo("yesterday,<address>,chat.dragon-chat.test");
      assertThat(m.reason()).contains("ISO 8601");
    });
  }

  @Test
  void anEmptyFileIsAnEmptyReport() throws IOException {
    Path empty = Files.createFile(dir.resolve("empty.log"));
    DiscoveryReport r = Fixtures.run(Fixtures.discovery().format(LogFormat.BIND), empty);
    assertThat(r.lines().total()).isZero();
    assertThat(r.services()).isEmpty();
    assertThat(r.formats()).containsExactly("bind");
  }

  @Test
  void anEmptyFileBesideALogAddsNoDetectedFormatToTheReport() throws IOException {
    Path empty = Files.createFile(dir.resolve("empty.log"));
    DiscoveryReport alone = Fixtures.run(Fixtures.discovery(), empty);
    assertThat(alone.formats()).isEmpty();
    assertThat(ReportHtml.write(alone)).contains("Read from empty logs");
    DiscoveryReport both = Fixtures.run(Fixtures.discovery(), empty, Fixtures.log("squid-access.log"));
    assertThat(both.formats()).containsExactly("squid");
  }
}
