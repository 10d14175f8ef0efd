package eu.vern.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.vern.discovery.DiscoveryReport.DomainUsage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pi-hole's long-term query database (pihole-FTL.db): the fixture in Pi-hole 6's layout is in the
 * shared format tests; these cover the older layout, Pi-hole 6's fractional times, what is never
 * read, how a copy is opened, and the refusals.
 */
class PiholeDatabaseTest {

  private static final Path FIXTURE = Fixtures.log(Fixtures.LOGS.get(LogFormat.PIHOLE_DB));

  @Test
  void theLayoutBeforeDatabaseVersion10WithAQueriesTableGivesTheSameReportAsTheCsvFixture(
      @TempDir Path dir) throws IOException {
    // Pi-hole 5 kept domain and client as text in a queries table, times as whole seconds
    StringBuilder sql = new StringBuilder("""
        CREATE TABLE ftl (id INTEGER PRIMARY KEY NOT NULL, value BLOB NOT NULL);
        INSERT INTO ftl VALUES (0, 9);
        CREATE TABLE queries (id INTEGER PRIMARY KEY AUTOINCREMENT, timestamp INTEGER NOT NULL,
          type INTEGER NOT NULL, status INTEGER NOT NULL, domain TEXT NOT NULL, client TEXT NOT NULL,
          forward TEXT, additional_info TEXT);
        """);
    List<String> rows = Files.readAllLines(Fixtures.log("queries.csv"));
    for (String row : rows.subList(1, rows.size())) {
      String[] f = row.split(",");
      sql.append(String.format(java.util.Locale.ROOT,
          "INSERT INTO queries (timestamp, type, status, domain, client) VALUES (%d, 1, 2, '%s', '%s');%n",
          Instant.parse(f[0]).getEpochSecond(), f[2].toLowerCase(java.util.Locale.ROOT).replaceAll("\\.$", ""),
          f[1]));
    }
    Path db = dir.resolve("pihole-FTL.db");
    PiholeDatabases.run(db, sql.toString());

    DiscoveryReport old = Fixtures.run(Fixtures.discovery().minClients(1), db);
    DiscoveryReport csv = Fixtures.run(Fixtures.discovery().minClients(1), Fixtures.log("queries.csv"));

    assertThat(old.formats()).containsExactly("pihole-db");
    assertThat(old.services()).isEqualTo(csv.services());
    assertThat(old.unknown()).isEqualTo(csv.unknown());
    assertThat(old.timeline()).isEqualTo(csv.timeline());
    assertThat(old.lines().parsed()).isEqualTo(46);
  }

  @Test
  void pihole6sFractionalTimesKeepTheirMilliseconds(@TempDir Path dir) throws IOException {
    Path db = copyOfFixture(dir);
    PiholeDatabases.run(db, "UPDATE query_storage SET timestamp = timestamp + 0.1237 WHERE id = 1;\n");

    DiscoveryReport r = Fixtures.run(Fixtures.discovery(), db);

    assertThat(r.firstSeen()).isEqualTo(Instant.parse("2026-11-24T08:00:00.124Z"));
  }

  @Test
  void onlyTheClientsAddressIsReadNeverTheHostNamePiholeStoresBesideIt() {
    DiscoveryReport r = Fixtures.run(Fixtures.discovery().minClients(1).verdicts(s -> "block"), FIXTURE);
    String everything = ReportJson.write(r) + ReportHtml.write(r) + ReportCsv.write(r) + r;

    assertThat(everything).doesNotContain("elev-11", "elev-12", "handl-21", "skola.lan", "kommun.lan");
  }

  @Test
  void aRowWithACommaOrLineBreakInItsDomainStaysOneRowATextValueIsItselfAndABrokenLinkIsMalformed(
      @TempDir Path dir) throws IOException {
    Path db = copyOfFixture(dir);
    PiholeDatabases.run(db, """
        INSERT INTO domain_by_id VALUES (100, 'odd,name' || char(10) || 'x.example.org');
        INSERT INTO query_storage (timestamp, type, status, domain, client) VALUES (1795509000, 1, 2, 100, 1);
        INSERT INTO query_storage (timestamp, type, status, domain, client) VALUES (1795509001, 1, 2, 999, 1);
        INSERT INTO query_storage (timestamp, type, status, domain, client)
          VALUES (1795509002, 1, 2, 'carried.over.example.net', '10.30.0.23');
        """);

    DiscoveryReport r = Fixtures.run(Fixtures.discovery().minClients(1), db);

    assertThat(r.lines().total()).isEqualTo(49);
    assertThat(r.lines().parsed()).isEqualTo(48);
    // rows migrated from the old table keep text in query_storage, which the view passes through
    assertThat(r.unknown()).extracting(DomainUsage::domain).contains("example.net");
    assertThat(r.lines().malformed()).isEqualTo(1);
    // the row number counts rows, in id order: the link to domain 999 is missing in row 48
    assertThat(r.malformedSamples()).singleElement().satisfies(m -> {
      assertThat(m.line()).isEqualTo(48);
      assertThat(m.reason()).contains("needs a client and a name");
    });
  }

  @Test
  void sinceAndUntilKeepOnlyTheWindowAsForAnyLog() {
    DiscoveryReport r = Fixtures.run(Fixtures.discovery()
        .since(Instant.parse("2026-11-24T08:10:00Z"))
        .until(Instant.parse("2026-11-24T08:20:00Z")), FIXTURE);

    assertThat(r.lines().parsed()).isEqualTo(16);
    assertThat(r.lines().outsideWindow()).isEqualTo(30);
  }

  @Test
  void rowsWellOutsideTheWindowAreLeftInTheDatabaseYetCountedAsOutside(@TempDir Path dir)
      throws IOException {
    Path db = copyOfFixture(dir);
    // a day earlier, with a broken link: read, it would be a malformed row
    PiholeDatabases.run(db, "INSERT INTO query_storage (timestamp, type, status, domain, client)"
        + " VALUES (1795420800, 1, 2, 999, 1);\n");

    DiscoveryReport r = Fixtures.run(Fixtures.discovery()
        .since(Instant.parse("2026-11-24T08:10:00Z"))
        .until(Instant.parse("2026-11-24T08:20:00Z")), db);

    assertThat(r.lines().total()).isEqualTo(47);
    assertThat(r.lines().parsed()).isEqualTo(16);
    assertThat(r.lines().outsideWindow()).isEqualTo(31);
    assertThat(r.lines().malformed()).isZero();
  }

  @Test
  void aCopiedWalDatabaseIsReadWithoutCreatingFilesBesideIt(@TempDir Path dir) throws IOException {
    Path db = copyOfFixture(dir);
    // WAL mode stays in the file's header; closing the last connection removes the -wal file
    try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
        var s = c.createStatement()) {
      s.execute("PRAGMA journal_mode=WAL");
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
    assertThat(Files.readAllBytes(db)[18]).isEqualTo((byte) 2);
    assertThat(dir.toFile().list()).containsExactly("pihole-FTL.db");

    DiscoveryReport r = Fixtures.run(Fixtures.discovery(), db);

    assertThat(r.lines().parsed()).isEqualTo(46);
    assertThat(dir.toFile().list()).containsExactly("pihole-FTL.db");
  }

  @Test
  void piholeAsTheFormatReadsTheDatabaseToo() {
    assertThat(Fixtures.run(Fixtures.discovery().format(LogFormat.PIHOLE), FIXTURE).lines().parsed())
        .isEqualTo(46);
  }

  @Test
  void anotherFormatNamedForADatabaseIsRefusedSayingHowToReadIt() {
    assertThatThrownBy(() -> Fixtures.discovery().format(LogFormat.BIND).build()
        .run(List.of(LogSource.of(FIXTURE))))
        .isInstanceOf(LogFormatException.class)
        .hasMessageContaining("an SQLite database, not a BIND query log")
        .hasMessageContaining("--format pihole-db");
  }

  @Test
  void theDatabaseFormatNamedForATextLogSaysHowPiholesTextLogIsRead() {
    Path text = Fixtures.log("pihole.log");

    assertThatThrownBy(() -> Fixtures.discovery().format(LogFormat.PIHOLE_DB).build()
        .run(List.of(LogSource.of(text))))
        .isInstanceOf(LogFormatException.class)
        .hasMessage(text + ": not an SQLite database; Pi-hole's text log (pihole.log) is read with --format pihole");
    assertThatThrownBy(() -> Fixtures.discovery().format(LogFormat.PIHOLE_DB).build()
        .run(List.of(LogSource.of("-", () -> new ByteArrayInputStream("x\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))))))
        .isInstanceOf(LogFormatException.class)
        .hasMessage("-: " + PiholeDatabase.FILE_ONLY);
  }

  @Test
  void sqliteThatCannotBeUnpackedIntoTheTemporaryDirectoryIsReportedWithWhatToDo() throws Exception {
    // a fresh JVM: the driver loads its native library once per process
    Path javaBin = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p = new ProcessBuilder(javaBin.toString(), "-Dorg.sqlite.tmpdir=/nonexistent/vern",
        "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
        OpenOnce.class.getName(), FIXTURE.toString())
        .redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(out).isZero();
    assertThat(out).contains(PiholeDatabase.NATIVE_LIBRARY);
  }

  /** Opens a database in a process of its own and prints the refusal. */
  static final class OpenOnce {
    public static void main(String[] args) {
      try {
        PiholeDatabase.open(args[0], Path.of(args[0])).close();
        System.out.println("opened");
      } catch (LogFormatException e) {
        System.out.println(e.getMessage());
      }
    }
  }

  @Test
  void anSqliteDatabaseWithoutPiholesQueriesIsRefusedNamingTheFile(@TempDir Path dir) {
    Path other = dir.resolve("other.db");
    PiholeDatabases.run(other, "CREATE TABLE notes (text TEXT);\n");

    assertThatThrownBy(() -> Fixtures.discovery().build().run(List.of(LogSource.of(other))))
        .isInstanceOf(LogFormatException.class)
        .hasMessage(other + ": not a Pi-hole long-term query database: an SQLite database without a"
            + " queries table or view (Pi-hole keeps its queries in /etc/pihole/pihole-FTL.db)");
  }

  @Test
  void aTruncatedDatabaseIsRefusedWithSqlitesReason(@TempDir Path dir) throws IOException {
    Path broken = dir.resolve("broken.db");
    Files.write(broken, java.util.Arrays.copyOf(Files.readAllBytes(FIXTURE), 4096));

    assertThatThrownBy(() -> Fixtures.discovery().build().run(List.of(LogSource.of(broken))))
        .isInstanceOf(LogFormatException.class)
        .hasMessage(broken + ": not a Pi-hole long-term query database: The database disk image is malformed");
  }

  @Test
  void aDatabaseOnStandardInputOrCompressedIsRefusedSayingToGiveItsFile(@TempDir Path dir)
      throws IOException {
    byte[] bytes = Files.readAllBytes(FIXTURE);
    Path gz = dir.resolve("pihole-FTL.db.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(bytes);
    }

    assertThatThrownBy(() -> Fixtures.discovery().build()
        .run(List.of(LogSource.of("-", () -> new ByteArrayInputStream(bytes)))))
        .isInstanceOf(LogFormatException.class)
        .hasMessage("-: " + PiholeDatabase.FILE_ONLY);
    assertThatThrownBy(() -> Fixtures.discovery().build().run(List.of(LogSource.of(gz))))
        .isInstanceOf(LogFormatException.class)
        .hasMessage(gz + ": " + PiholeDatabase.FILE_ONLY);
  }

  private static Path copyOfFixture(Path dir) throws IOException {
    return Files.copy(FIXTURE, dir.resolve("pihole-FTL.db"));
  }
}
