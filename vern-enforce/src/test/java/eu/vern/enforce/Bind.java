package eu.vern.enforce;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.Type;

/**
 * A real BIND 9 (Debian's {@code /usr/sbin/named}) as a recursive resolver on a loopback port, for
 * tests: started in the foreground ({@code named -g}) with a configuration of the test's own,
 * stopped by its process id. Tests that need it are skipped, with a message, only when BIND is not
 * installed.
 */
public final class Bind implements AutoCloseable {

  static final Path BINARY = Path.of("/usr/sbin/named");
  static final Path CHECKCONF = Path.of("/usr/bin/named-checkconf");

  private final Daemon daemon;
  private final int port;

  private Bind(Daemon daemon, int port) {
    this.daemon = daemon;
    this.port = port;
  }

  public static void assumeInstalled() {
    assumeTrue(Files.isExecutable(BINARY) && Files.isExecutable(CHECKCONF),
        "BIND is not installed (apt-get install bind9; .ci/run does this): skipping the real-resolver test");
  }

  /** The version {@code named -v} reports, e.g. "9.18.49". */
  public static String version() throws IOException {
    String out = Daemon.run(List.of(BINARY.toString(), "-v"), Path.of(System.getProperty("java.io.tmpdir")));
    Matcher m = Pattern.compile("BIND (\\S+?)(-|\\s)").matcher(out);
    return m.find() ? m.group(1) : out.strip();
  }

  /**
   * A recursive resolver that forwards every question to {@code upstreamPort} on 127.0.0.1
   * ({@code forward only}), with {@code options} lines inside {@code options { }} and top-level
   * {@code statements} (zones, includes) of the test's own. Validation is off: the test zones have
   * no chain of trust from the root, and BIND's policy decisions for DNSSEC clients do not depend
   * on it (they depend on the signatures being there).
   */
  public static Bind resolver(Path dir, int upstreamPort, String options, String statements) throws IOException {
    Path home = dir.resolve("named-" + System.nanoTime());
    Files.createDirectories(home);
    int port = Unbound.freePort();
    Path log = home.resolve("stdout.log");
    String conf = "options {\n"
        + "  directory \"" + home + "\";\n"
        + "  pid-file none;\n"
        + "  session-keyfile \"" + home.resolve("session.key") + "\";\n"
        + "  managed-keys-directory \"" + home + "\";\n"
        + "  listen-on port " + port + " { 127.0.0.1; };\n"
        + "  listen-on-v6 { none; };\n"
        + "  recursion yes;\n"
        + "  allow-query { 127.0.0.0/8; };\n"
        + "  allow-recursion { 127.0.0.0/8; };\n"
        + "  dnssec-validation no;\n"
        + "  forward only;\n"
        + "  forwarders { 127.0.0.1 port " + upstreamPort + "; };\n"
        + options
        + "};\n"
        + "controls { };\n"
        + statements;
    Path file = home.resolve("named.conf");
    Files.writeString(file, conf, StandardCharsets.UTF_8);
    try {
      Daemon.run(List.of(CHECKCONF.toString(), file.toString()), home);
    } catch (IllegalStateException e) {
      throw new IllegalStateException("named-checkconf refused " + file + ":\n" + e.getMessage() + "\n" + conf, e);
    }
    // BIND answers before its policy zones are in force (it loads them in the background after
    // "running"), so a test that asked at once would see a name pass that the zone blocks.
    boolean policy = options.contains("response-policy") || statements.contains("response-policy");
    Daemon d = Daemon.start(List.of(BINARY.toString(), "-g", "-4", "-n", "1", "-c", file.toString()), home, log,
        () -> {
          version(port);
          String text = Files.exists(log) ? Files.readString(log) : "";
          if (policy && !text.contains("reload done: success")) {
            throw new IOException("the response policy zone is not loaded yet");
          }
        });
    return new Bind(d, port);
  }

  /** Asks BIND for its own version (answered without recursion), to see that it is listening. */
  private static void version(int port) throws IOException {
    SimpleResolver r = new SimpleResolver(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port));
    r.setTimeout(Duration.ofSeconds(2));
    r.send(Message.newQuery(Record.newRecord(Name.fromString("version.bind."), Type.TXT, DClass.CH)));
  }

  public int port() {
    return port;
  }

  /** "NXDOMAIN", or the A addresses, as a short text an assertion can show. */
  public String answer(String name, boolean dnssec) throws IOException {
    return Dns.answer(port, "127.0.0.1", name, dnssec);
  }

  public String log() {
    return daemon.log();
  }

  @Override
  public void close() {
    daemon.close();
  }
}
