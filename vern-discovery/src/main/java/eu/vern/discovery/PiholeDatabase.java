package eu.vern.discovery;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleConsumer;
import org.jspecify.annotations.Nullable;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import org.sqlite.SQLiteOpenMode;

/**
 * Pi-hole's long-term query database ({@code /etc/pihole/pihole-FTL.db}, SQLite), which keeps
 * months of queries (91 days by default in Pi-hole 6) while {@code pihole.log} is rotated away
 * within days. Its {@code queries} relation (a table before database version 10, a view over
 * {@code query_storage} and the {@code *_by_id} tables since) is read in id order and each row
 * rendered as a line of Vern's CSV layout, {@code seconds.millis,client,domain}, so that the rows
 * are cut into blocks, parsed, pseudonymised and counted exactly as a log's lines are: one row is
 * one "line" in every count and message.
 *
 * <p>Since database version 10 the view looks each row's domain and client up in the link tables
 * with a subquery, which costs three quarters of the reading time; when those tables are there,
 * they are read once into memory and {@code query_storage} is read bare, each value resolved the
 * way the view resolves it (an integer is a link, anything else the value itself).
 *
 * <p>The database is opened read-only and nothing is written beside it: a WAL database (Pi-hole's
 * default) without its {@code -wal} file is a copy no one writes to, and is opened as immutable, so
 * SQLite neither locks it nor creates the {@code -wal} and {@code -shm} files a shared reader
 * needs; a live one (its {@code -wal} file present) is read as any reader beside pihole-FTL would,
 * and falls back to immutable only when SQLite may not create its shared-memory file there.
 */
final class PiholeDatabase implements AutoCloseable {

  private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

  /** Where the bytes of a database stand on disk: what to say when one comes compressed or piped. */
  static final String FILE_ONLY = "an SQLite database (such as Pi-hole's pihole-FTL.db) is read"
      + " from its file: give its path, uncompressed, not standard input or a compressed copy";

  private static final String NOT_PIHOLE = "not a Pi-hole long-term query database";

  private final String name;
  private final Connection connection;
  private final boolean linked;
  /** Rows to read, those in the window; set by {@link #rows}. */
  private long count;
  /** Rows left in the database because they lie well outside the window; set by {@link #rows}. */
  private long skipped;

  private PiholeDatabase(String name, Connection connection, boolean linked) {
    this.name = name;
    this.connection = connection;
    this.linked = linked;
  }

  /** Whether {@code head[0, n)} starts with the SQLite file header. */
  static boolean isSqlite(byte[] head, int n) {
    return n >= MAGIC.length && Arrays.equals(head, 0, MAGIC.length, MAGIC, 0, MAGIC.length);
  }

  /**
   * Opens the database and checks that it holds Pi-hole's queries; a database without them, or a
   * file SQLite cannot read, is refused with a message naming {@code name}.
   */
  static PiholeDatabase open(String name, Path path) throws LogFormatException {
    Connection c = connect(name, path, isCopyWithoutItsLog(path));
    try {
      boolean hasQueries;
      try {
        hasQueries = hasQueries(c);
      } catch (SQLiteException e) {
        if (!cannotShareInPlace(e)) {
          throw e;
        }
        closeQuietly(c);
        c = connect(name, path, true);
        hasQueries = hasQueries(c);
      }
      if (!hasQueries) {
        throw new LogFormatException(name, 0, NOT_PIHOLE + ": an SQLite database without a"
            + " queries table or view (Pi-hole keeps its queries in /etc/pihole/pihole-FTL.db)");
      }
      boolean linked;
      try (Statement s = c.createStatement()) {
        try (ResultSet r = s.executeQuery("SELECT count(*) FROM sqlite_master WHERE type = 'table'"
            + " AND name IN ('query_storage', 'domain_by_id', 'client_by_id')")) {
          linked = r.next() && r.getInt(1) == 3;
        }
      }
      return new PiholeDatabase(name, c, linked);
    } catch (SQLException e) {
      closeQuietly(c);
      throw new LogFormatException(name, 0, NOT_PIHOLE + ": " + reason(e));
    } catch (LogFormatException | RuntimeException e) {
      closeQuietly(c);
      throw e;
    }
  }

  /**
   * The rows as lines of Vern's CSV layout, in id order; {@code progress} is told the share of
   * the rows read so far (0 to 1). Only rows near the window {@code [since, until)} (epoch
   * milliseconds) are read, through Pi-hole's index on the time: a second either side, so that the
   * parser still decides at the edges exactly as for a log, and the rows left out are counted in
   * {@link #skipped}. A failure while reading (a damaged page) is an {@link IOException} naming
   * the database and how many rows were read.
   */
  InputStream rows(DoubleConsumer progress, long since, long until) throws LogFormatException {
    String table = linked ? "query_storage" : "queries";
    boolean from = since > Long.MIN_VALUE + 1;
    boolean to = until < Long.MAX_VALUE;
    double lo = since / 1000.0 - 1;
    double hi = until / 1000.0 + 1;
    try {
      long all = count("SELECT count(*) FROM " + table, Double.NaN);
      skipped = (from ? count("SELECT count(*) FROM " + table + " WHERE timestamp < ?", lo) : 0)
          + (to ? count("SELECT count(*) FROM " + table + " WHERE timestamp >= ?", hi) : 0);
      count = all - skipped;
      Map<Long, byte[]> domains = linked ? links("SELECT id, domain FROM domain_by_id") : Map.of();
      Map<Long, byte[]> clients = linked ? links("SELECT id, ip FROM client_by_id") : Map.of();
      // The columns Pi-hole has written since its first database version; timestamp is a REAL
      // with fractions of a second since Pi-hole 6, whole seconds before.
      PreparedStatement query = connection.prepareStatement("SELECT timestamp, client, domain FROM "
          + table + (from ? " WHERE timestamp >= ?" : " WHERE 1") + (to ? " AND timestamp < ?" : "")
          + " ORDER BY id");
      try {
        int p = 1;
        if (from) {
          query.setDouble(p++, lo);
        }
        if (to) {
          query.setDouble(p, hi);
        }
        query.setFetchSize(4096);
        return new RowStream(query.executeQuery(), query, clients, domains, progress);
      } catch (SQLException e) {
        query.close();
        throw e;
      }
    } catch (SQLException e) {
      throw new LogFormatException(name, 0, NOT_PIHOLE + ": " + reason(e));
    }
  }

  /** Rows {@link #rows} left in the database because they lie outside the window. */
  long skipped() {
    return skipped;
  }

  private long count(String select, double bound) throws SQLException {
    try (PreparedStatement s = connection.prepareStatement(select)) {
      if (!Double.isNaN(bound)) {
        s.setDouble(1, bound);
      }
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? r.getLong(1) : 0;
      }
    }
  }

  /** A link table: id to the value's bytes, as they will be written. */
  private Map<Long, byte[]> links(String select) throws SQLException {
    Map<Long, byte[]> values = new HashMap<>();
    try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(select)) {
      while (r.next()) {
        byte[] value = field(r.getString(2));
        if (value != null) {
          values.put(r.getLong(1), value);
        }
      }
    }
    return values;
  }

  @Override
  public void close() {
    closeQuietly(connection);
  }

  /**
   * A client or domain as its bytes in a line; bytes that would break the line's layout (a comma,
   * a quote, a line break or other control character) become {@code ?}, so such a row is read as
   * the unusual name it is rather than as other columns. NULL stays null.
   */
  private static byte @Nullable [] field(@Nullable String value) {
    if (value == null) {
      return null;
    }
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < bytes.length; i++) {
      byte x = bytes[i];
      if (x == ',' || x == '"' || (x >= 0 && x < 0x20) || x == 0x7f) {
        bytes[i] = '?';
      }
    }
    return bytes;
  }

  private final class RowStream extends InputStream {
    private final ResultSet rows;
    private final Statement query;
    private final Map<Long, byte[]> clients;
    private final Map<Long, byte[]> domains;
    private final DoubleConsumer progress;
    private byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private long read;
    private boolean ended;

    RowStream(ResultSet rows, Statement query, Map<Long, byte[]> clients, Map<Long, byte[]> domains,
        DoubleConsumer progress) {
      this.rows = rows;
      this.query = query;
      this.clients = clients;
      this.domains = domains;
      this.progress = progress;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (len == 0) {
        return 0;
      }
      while (position == limit) {
        if (ended) {
          return -1;
        }
        fill();
      }
      int n = Math.min(len, limit - position);
      System.arraycopy(buffer, position, b, off, n);
      position += n;
      return n;
    }

    /** Renders the next rows, about a buffer's worth. */
    private void fill() throws IOException {
      position = 0;
      limit = 0;
      try {
        while (limit < buffer.length - 1024) {
          if (!rows.next()) {
            ended = true;
            break;
          }
          read++;
          double seconds = rows.getDouble(1);
          if (!rows.wasNull()) {
            appendTime(Math.round(seconds * 1000));
          }
          append(',');
          append(linked ? resolve(rows.getObject(2), clients) : field(rows.getString(2)));
          append(',');
          append(linked ? resolve(rows.getObject(3), domains) : field(rows.getString(3)));
          append('\n');
        }
      } catch (SQLException e) {
        throw new IOException(String.format(Locale.ROOT,
            "%s: reading the queries failed after %,d rows (%s); nothing was reported: copy the"
                + " database again (with Pi-hole stopped, or by sqlite3's .backup) and retry",
            name, read, reason(e)), e);
      }
      if (count > 0) {
        progress.accept(ended ? 1 : Math.min(1, (double) read / count));
      }
    }

    /** As Pi-hole's view does: an integer is a link into the table, any other value the value. */
    private byte @Nullable [] resolve(@Nullable Object value, Map<Long, byte[]> links) {
      return value instanceof Number id ? links.get(id.longValue())
          : value == null ? null : field(value.toString());
    }

    private void appendTime(long millis) {
      long s = Math.floorDiv(millis, 1000);
      int ms = (int) Math.floorMod(millis, 1000);
      String whole = Long.toString(s);
      ensure(whole.length() + 4);
      for (int i = 0; i < whole.length(); i++) {
        buffer[limit++] = (byte) whole.charAt(i);
      }
      buffer[limit++] = '.';
      buffer[limit++] = (byte) ('0' + ms / 100);
      buffer[limit++] = (byte) ('0' + ms / 10 % 10);
      buffer[limit++] = (byte) ('0' + ms % 10);
    }

    /** Appends a field; null (a row whose link is broken) stays empty, a malformed row. */
    private void append(byte @Nullable [] field) {
      if (field != null) {
        ensure(field.length);
        System.arraycopy(field, 0, buffer, limit, field.length);
        limit += field.length;
      }
    }

    private void append(char c) {
      ensure(1);
      buffer[limit++] = (byte) c;
    }

    private void ensure(int more) {
      if (limit + more > buffer.length) {
        buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, limit + more));
      }
    }

    @Override
    public void close() {
      try {
        rows.close();
        query.close();
      } catch (SQLException e) {
        // closing a read-only statement: nothing to lose
      }
    }
  }

  private static Connection connect(String name, Path path, boolean immutable) throws LogFormatException {
    SQLiteConfig config = new SQLiteConfig();
    config.setReadOnly(true);
    config.setBusyTimeout(5_000); // Pi-hole writes its in-memory queries to disk every minute
    String url = "jdbc:sqlite:file:" + path.toAbsolutePath().toUri().getRawPath()
        + (immutable ? "?immutable=1" : "?mode=ro");
    config.setOpenMode(SQLiteOpenMode.OPEN_URI);
    try {
      return new org.sqlite.JDBC().connect(url, config.toProperties());
    } catch (SQLException e) {
      for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
        if (c instanceof LinkageError || c.getClass().getSimpleName().startsWith("NativeLibrary")) {
          throw new LogFormatException(name, 0, NATIVE_LIBRARY);
        }
      }
      throw new LogFormatException(name, 0, NOT_PIHOLE + ": " + reason(e));
    } catch (LinkageError e) {
      // SQLite ships inside the driver and is unpacked into the temporary directory first; a
      // temporary directory mounted noexec, as hardened servers mount /tmp, cannot load it
      throw new LogFormatException(name, 0, NATIVE_LIBRARY);
    }
  }

  /** What to do when SQLite's library cannot be loaded from the temporary directory. */
  static final String NATIVE_LIBRARY = "SQLite could not be loaded from the temporary directory (is it"
      + " mounted noexec?); give it another one: JAVA_TOOL_OPTIONS=-Dorg.sqlite.tmpdir=/var/tmp ./vern …";

  /**
   * Whether the file is a WAL database (header bytes 18 and 19, the read and write versions, are 2)
   * whose {@code -wal} file is absent: nothing is writing to it.
   */
  private static boolean isCopyWithoutItsLog(Path path) {
    byte[] header = new byte[20];
    try (InputStream in = Files.newInputStream(path)) {
      if (in.readNBytes(header, 0, header.length) < header.length) {
        return false;
      }
    } catch (IOException e) {
      return false; // opening it will say what is wrong
    }
    boolean wal = header[18] == 2 && header[19] == 2;
    return wal && !Files.exists(path.resolveSibling(path.getFileName() + "-wal"));
  }

  /**
   * Whether a read-only connection failed because SQLite may not create the shared-memory file a
   * WAL database needs beside it: such a copy is read as immutable instead.
   */
  private static boolean cannotShareInPlace(SQLiteException e) {
    SQLiteErrorCode code = e.getResultCode();
    return code == SQLiteErrorCode.SQLITE_CANTOPEN || code == SQLiteErrorCode.SQLITE_READONLY
        || code == SQLiteErrorCode.SQLITE_READONLY_CANTINIT
        || code == SQLiteErrorCode.SQLITE_READONLY_DIRECTORY;
  }

  private static boolean hasQueries(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery(
            "SELECT count(*) FROM sqlite_master WHERE name = 'queries' AND type IN ('table', 'view')")) {
      return r.next() && r.getInt(1) == 1;
    }
  }

  /** SQLite's own sentence, without the driver's "[SQLITE_…]" prefix. */
  private static String reason(SQLException e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    int bracket = m.startsWith("[") ? m.indexOf("] ") : -1;
    String sentence = (bracket > 0 ? m.substring(bracket + 2) : m).strip();
    // the driver adds SQLite's own text in parentheses, often the same words again
    int open = sentence.lastIndexOf(" (");
    if (open > 0 && sentence.endsWith(")")
        && sentence.substring(0, open).toLowerCase(Locale.ROOT)
            .endsWith(sentence.substring(open + 2, sentence.length() - 1).toLowerCase(Locale.ROOT))) {
      sentence = sentence.substring(0, open);
    }
    return sentence;
  }

  private static void closeQuietly(Connection c) {
    try {
      c.close();
    } catch (SQLException e) {
      // a read-only connection: nothing to lose
    }
  }
}
