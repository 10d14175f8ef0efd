package eu.vern.enforce;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xbill.DNS.Message;

/**
 * A real Unbound (Debian's {@code /usr/sbin/unbound}) on a loopback port, for tests: started in
 * the foreground with a configuration of the test's own, stopped by its process id. Tests that
 * need it are skipped, with a message, only when Unbound is not installed.
 *
 * <p>{@code -Dvern.unbound=/path/to/sbin/unbound} runs the tests against another build (its
 * {@code unbound-checkconf} beside it), e.g. a newer release built from source, to see which
 * version behaves how.
 */
public final class Unbound implements AutoCloseable {

  static final Path BINARY = Path.of(System.getProperty("vern.unbound", "/usr/sbin/unbound"));

  private final Daemon daemon;
  private final int port;

  private Unbound(Daemon daemon, int port) {
    this.daemon = daemon;
    this.port = port;
  }

  public static void assumeInstalled() {
    assumeTrue(Files.isExecutable(BINARY),
        "Unbound is not installed (apt-get install unbound; .ci/run does this): skipping the real-resolver test");
  }

  /** The version {@code unbound -V} reports, e.g. "1.17.1". */
  public static String version() throws IOException {
    String out = Daemon.run(List.of(BINARY.toString(), "-V"), Path.of(System.getProperty("java.io.tmpdir")));
    Matcher m = Pattern.compile("Version (\\S+)").matcher(out);
    return m.find() ? m.group(1) : out.strip();
  }

  /**
   * Whether this Unbound applies RPZ to the CNAME targets of answers it has cached: 1.19.0 and
   * later (NLnetLabs/unbound#954, fixed on 17 October 2023 according to its changelog).
   */
  public static boolean checksCachedCnames() throws IOException {
    String[] parts = version().split("[.-]");
    int major = Integer.parseInt(parts[0]);
    int minor = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
    return major > 1 || (major == 1 && minor >= 19);
  }

  /**
   * An authoritative stand-in for the internet: answers every name in {@code names} with its
   * address and everything else with NXDOMAIN, never asking anyone.
   */
  public static Unbound authority(Path dir, Map<String, String> names) throws IOException {
    StringBuilder b = new StringBuilder();
    b.append("  local-zone: \".\" static\n");
    b.append("  local-zone: \"test.\" nodefault\n");
    for (var e : names.entrySet()) {
      b.append("  local-data: \"").append(e.getKey()).append(". 60 IN A ").append(e.getValue()).append("\"\n");
    }
    return start(dir.resolve("authority"), b.toString(), "");
  }

  /**
   * An authoritative server for whole zones, as the servers of a municipality or a service are:
   * answers from each zone file ({@code auth-zone}), with the AA bit, and only with what the zone
   * holds, so a CNAME to another zone comes back alone, as it does on the internet.
   */
  public static Unbound zones(Path dir, Map<String, Path> zoneFiles) throws IOException {
    StringBuilder b = new StringBuilder();
    for (var e : zoneFiles.entrySet()) {
      b.append("auth-zone:\n  name: \"").append(e.getKey()).append(".\"\n  zonefile: \"").append(e.getValue())
          .append("\"\n  for-downstream: yes\n  for-upstream: no\n");
    }
    return start(dir.resolve("zones-" + System.nanoTime()), "  module-config: \"iterator\"\n", b.toString());
  }

  /**
   * A recursive resolver that forwards everything to {@code upstream} and adds {@code server} lines
   * and {@code clauses} (rpz:, include: ...) of the test's own.
   */
  public static Unbound resolver(Path dir, Unbound upstream, String server, String clauses) throws IOException {
    String forward = "forward-zone:\n  name: \".\"\n  forward-addr: 127.0.0.1@" + upstream.port + "\n" + clauses;
    return start(dir.resolve("resolver-" + System.nanoTime()), resolverServer(server), forward);
  }

  /**
   * A recursive resolver that asks the authoritative server {@code authority} for each of
   * {@code zones} itself ({@code stub-zone}: non-recursive questions, as a resolver asks the
   * internet's servers), with {@code server} lines and {@code clauses} of the test's own.
   */
  public static Unbound iterating(Path dir, Unbound authority, List<String> zones, String server, String clauses)
      throws IOException {
    StringBuilder stubs = new StringBuilder();
    for (String z : zones) {
      stubs.append("stub-zone:\n  name: \"").append(z).append(".\"\n  stub-addr: 127.0.0.1@")
          .append(authority.port).append('\n');
    }
    return start(dir.resolve("resolver-" + System.nanoTime()), resolverServer(server), stubs + clauses);
  }

  private static String resolverServer(String server) {
    return "  module-config: \"respip iterator\"\n"
        + "  do-not-query-localhost: no\n"
        + "  local-zone: \"test.\" nodefault\n"
        + "  domain-insecure: \"test.\"\n"
        + "  qname-minimisation: no\n"
        + server;
  }

  private static Unbound start(Path dir, String server, String rest) throws IOException {
    // Another process may take the port between freePort() and Unbound binding it: try another.
    for (int attempt = 1; ; attempt++) {
      try {
        return startOnce(dir.resolve("attempt-" + attempt), server, rest);
      } catch (IllegalStateException e) {
        if (attempt == 3 || !e.getMessage().contains("exited with")) {
          throw e;
        }
      }
    }
  }

  private static Unbound startOnce(Path dir, String server, String rest) throws IOException {
    Files.createDirectories(dir);
    int port = freePort();
    Path log = dir.resolve("unbound.log");
    String conf = "server:\n"
        + "  interface: 127.0.0.1\n"
        + "  port: " + port + "\n"
        + "  do-daemonize: no\n"
        + "  chroot: \"\"\n"
        + "  username: \"\"\n"
        + "  directory: \"" + dir + "\"\n"
        + "  pidfile: \"" + dir.resolve("unbound.pid") + "\"\n"
        + "  use-syslog: no\n"
        + "  logfile: \"" + log + "\"\n"
        + "  verbosity: 1\n"
        + "  num-threads: 1\n"
        + "  so-reuseport: no\n"
        + "  do-ip6: no\n"
        + "  access-control: 127.0.0.0/8 allow\n"
        + server
        + "remote-control:\n  control-enable: no\n"
        + rest;
    Path file = dir.resolve("unbound.conf");
    Files.writeString(file, conf, StandardCharsets.UTF_8);
    try {
      Daemon.run(List.of(BINARY.resolveSibling("unbound-checkconf").toString(), file.toString()), dir);
    } catch (IllegalStateException e) {
      throw new IllegalStateException("unbound-checkconf refused " + file + ":\n" + e.getMessage() + "\n" + conf, e);
    }
    Daemon d = Daemon.start(List.of(BINARY.toString(), "-d", "-c", file.toString()), dir, log,
        () -> Dns.query(port, "127.0.0.1", "ready.invalid", false));
    return new Unbound(d, port);
  }

  public int port() {
    return port;
  }

  /** The answer to an A query for {@code name}, sent from {@code source} (a loopback address). */
  public Message query(String source, String name) throws IOException {
    return Dns.query(port, source, name, false);
  }

  /** "NXDOMAIN", or the A addresses, as a short text an assertion can show. */
  public String answer(String source, String name) throws IOException {
    return Dns.answer(port, source, name, false);
  }

  public String log() {
    return daemon.log();
  }

  @Override
  public void close() {
    daemon.close();
  }

  /**
   * A loopback port free for UDP and for TCP: a resolver listens on both, and a port the system
   * hands out for UDP may be an outgoing TCP connection's port at the same moment.
   */
  public static int freePort() throws IOException {
    InetAddress loopback = InetAddress.getByName("127.0.0.1");
    for (int attempt = 0; ; attempt++) {
      try (DatagramSocket s = new DatagramSocket(0, loopback);
           java.net.ServerSocket t = new java.net.ServerSocket(s.getLocalPort(), 1, loopback)) {
        return t.getLocalPort();
      } catch (java.net.BindException e) {
        if (attempt == 20) {
          throw e;
        }
      }
    }
  }
}
