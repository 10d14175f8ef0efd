package eu.vern.bench;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/**
 * Rewrites a generated BIND query log as the long-term database a Pi-hole 6 that answered the same
 * queries would keep (pihole-FTL.db: query_storage, the domain and client link tables and the
 * {@code queries} view), so that reading it can be measured against reading text: {@code java
 * -cp vern-bench/target/benchmarks.jar eu.vern.bench.BindLogToPiholeDb BIND_LOG DATABASE}.
 */
public final class BindLogToPiholeDb {

  /** Pi-hole 6's tables and view, as far as the queries go (database version 21). */
  private static final String[] SCHEMA = {
      "CREATE TABLE ftl (id INTEGER PRIMARY KEY NOT NULL, value BLOB NOT NULL, description TEXT)",
      "INSERT INTO ftl VALUES (0, 21, 'Database version')",
      "CREATE TABLE query_storage (id INTEGER PRIMARY KEY AUTOINCREMENT, timestamp INTEGER NOT NULL,"
          + " type INTEGER NOT NULL, status INTEGER NOT NULL, domain INTEGER NOT NULL,"
          + " client INTEGER NOT NULL, forward INTEGER, additional_info INTEGER, reply_type INTEGER,"
          + " reply_time REAL, dnssec INTEGER, list_id INTEGER, ede INTEGER)",
      "CREATE TABLE domain_by_id (id INTEGER PRIMARY KEY, domain TEXT NOT NULL)",
      "CREATE TABLE client_by_id (id INTEGER PRIMARY KEY, ip TEXT NOT NULL, name TEXT)",
      "CREATE VIEW queries AS SELECT id, timestamp, type, status,"
          + " CASE typeof(domain) WHEN 'integer' THEN (SELECT domain FROM domain_by_id d WHERE d.id = q.domain) ELSE domain END domain,"
          + " CASE typeof(client) WHEN 'integer' THEN (SELECT ip FROM client_by_id c WHERE c.id = q.client) ELSE client END client,"
          + " forward, additional_info, reply_type, reply_time, dnssec, list_id FROM query_storage q"};

  private BindLogToPiholeDb() {}

  public static void main(String[] args) throws Exception {
    Files.deleteIfExists(Path.of(args[1]));
    Map<String, Integer> domains = new HashMap<>();
    Map<String, Integer> clients = new HashMap<>();
    long queries = 0;
    try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.ISO_8859_1);
        Connection db = DriverManager.getConnection("jdbc:sqlite:" + args[1])) {
      try (Statement s = db.createStatement()) {
        for (String statement : SCHEMA) {
          s.execute(statement);
        }
      }
      db.setAutoCommit(false);
      try (PreparedStatement query = db.prepareStatement(
              "INSERT INTO query_storage (timestamp, type, status, domain, client, reply_type) VALUES (?, 1, 2, ?, ?, 4)");
          PreparedStatement domain = db.prepareStatement("INSERT INTO domain_by_id VALUES (?, ?)");
          PreparedStatement client = db.prepareStatement("INSERT INTO client_by_id VALUES (?, ?, '')")) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          BindQuery q = BindQuery.parse(line);
          if (q == null) {
            continue;
          }
          query.setDouble(1, q.time().toInstant(ZoneOffset.UTC).toEpochMilli() / 1000.0);
          query.setInt(2, id(domains, q.name(), domain));
          query.setInt(3, id(clients, q.client(), client));
          query.executeUpdate();
          queries++;
        }
      }
      db.commit();
      try (Statement s = db.createStatement()) {
        s.execute("CREATE INDEX idx_query_storage_timestamp ON query_storage (timestamp)");
      }
    }
    System.out.printf("%,d queries, %,d domains, %,d clients%n", queries, domains.size(), clients.size());
  }

  private static int id(Map<String, Integer> ids, String value, PreparedStatement insert) throws Exception {
    Integer id = ids.get(value);
    if (id == null) {
      id = ids.size() + 1;
      ids.put(value, id);
      insert.setInt(1, id);
      insert.setString(2, value);
      insert.executeUpdate();
    }
    return id;
  }
}
