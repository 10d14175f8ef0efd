package eu.vern.discovery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** Builds SQLite databases for the tests from SQL scripts, with the same SQLite Vern reads them with. */
final class PiholeDatabases {

  private PiholeDatabases() {}

  /** A new database in a temporary directory, made by running {@code script}'s statements. */
  static Path build(Path script) {
    try {
      Path dir = Files.createTempDirectory("vern-pihole");
      dir.toFile().deleteOnExit();
      Path db = dir.resolve(script.getFileName().toString().replaceFirst("\\.sql$", ""));
      run(db, Files.readString(script));
      db.toFile().deleteOnExit();
      return db;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs {@code sql} (statements ending in {@code ;} at a line end; {@code --} comment lines) on {@code db}. */
  static void run(Path db, String sql) {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement()) {
      c.setAutoCommit(false);
      StringBuilder statement = new StringBuilder();
      for (String line : sql.split("\n")) {
        if (line.startsWith("--")) {
          continue;
        }
        statement.append(line).append('\n');
        if (line.endsWith(";")) {
          s.executeUpdate(statement.toString());
          statement.setLength(0);
        }
      }
      c.commit();
    } catch (SQLException e) {
      throw new IllegalStateException(db + ": " + e.getMessage(), e);
    }
  }
}
