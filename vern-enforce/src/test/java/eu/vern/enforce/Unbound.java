package eu.vern.enforce;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.Type;

/**
 * A real Unbound (Debian's {@code /usr/sbin/unbound}) on a loopback port, for tests: started in
 * the foreground with a configuration of the test's own, stopped by its process id. Tests that
 * need it are skipped, with a message, only when Unbound is not installed.
 */
public final class Unbound implements AutoCloseable {

  static final Path BINARY = Path.of("/usr/sbin/unbound");

  private final Process process;
  private final int port;
  private final Path log;

  private Unbound(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  public static void assumeInstalled() {
    assumeTrue(Files.isExecutable(BINARY),
        "Unbound is not installed (apt-get install unbound; .ci/run does this): skipping the real-resolver test");
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
   * A recursive resolver that forwards everything to {@code upstream} and adds {@code server} lines
   * and {@code clauses} (rpz:, include: ...) of the test's own.
   */
  public static Unbound resolver(Path dir, Unbound upstream, String server, String clauses) throws IOException {
    String s = "  module-config: \"respip iterator\"\n"
        + "  do-not-query-localhost: no\n"
        + "  local-zone: \"test.\" nodefault\n"
        + "  domain-insecure: \"test.\"\n"
        + "  qname-minimisation: no\n"
        + server;
    String forward = "forward-zone:\n  name: \".\"\n  forward-addr: 127.0.0.1@" + upstream.port + "\n" + clauses;
    return start(dir.resolve("resolver-" + System.nanoTime()), s, forward);
  }

  private static Unbound start(Path dir, String server, String rest) throws IOException {
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
    Process check = new ProcessBuilder("/usr/sbin/unbound-checkconf", file.toString())
        .redirectErrorStream(true).start();
    String checked = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    try {
      if (!check.waitFor(30, TimeUnit.SECONDS) || check.exitValue() != 0) {
        throw new IllegalStateException("unbound-checkconf refused " + file + ":\n" + checked + "\n" + conf);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
    Process p = new ProcessBuilder(BINARY.toString(), "-d", "-c", file.toString())
        .redirectErrorStream(true).redirectOutput(dir.resolve("stdout.log").toFile()).start();
    Unbound u = new Unbound(p, port, log);
    u.awaitReady();
    return u;
  }

  public int port() {
    return port;
  }

  /** The answer to an A query for {@code name}, sent from {@code source} (a loopback address). */
  public Message query(String source, String name) throws IOException {
    SimpleResolver r = new SimpleResolver(InetAddress.getByName("127.0.0.1"));
    r.setPort(port);
    r.setLocalAddress(new InetSocketAddress(InetAddress.getByName(source), 0));
    r.setTimeout(Duration.ofSeconds(3));
    r.setTCP(false);
    Record q = Record.newRecord(Name.fromString(name.endsWith(".") ? name : name + "."), Type.A, DClass.IN);
    return r.send(Message.newQuery(q));
  }

  /** "NXDOMAIN", or the A addresses, as a short text an assertion can show. */
  public String answer(String source, String name) throws IOException {
    Message m = query(source, name);
    if (m.getRcode() != Rcode.NOERROR) {
      return Rcode.string(m.getRcode());
    }
    List<String> addresses = new ArrayList<>();
    for (Record rr : m.getSection(Section.ANSWER)) {
      if (rr instanceof ARecord a) {
        addresses.add(a.getAddress().getHostAddress());
      }
    }
    return addresses.isEmpty() ? "NODATA" : String.join(",", addresses);
  }

  public String log() {
    try {
      return Files.exists(log) ? Files.readString(log) : "";
    } catch (IOException e) {
      return e.toString();
    }
  }

  private void awaitReady() throws IOException {
    long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    IOException last = null;
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("unbound exited with " + process.exitValue() + ":\n" + log());
      }
      try {
        query("127.0.0.1", "ready.invalid");
        return;
      } catch (IOException e) {
        last = e;
      }
    }
    throw new IllegalStateException("unbound did not answer on port " + port + ": " + last + "\n" + log());
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }

  static int freePort() throws IOException {
    try (DatagramSocket s = new DatagramSocket(0, InetAddress.getByName("127.0.0.1"))) {
      return s.getLocalPort();
    }
  }
}
