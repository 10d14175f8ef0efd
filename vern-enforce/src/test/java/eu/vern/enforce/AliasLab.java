package eu.vern.enforce;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A small internet on loopback in which a municipality's name is a CNAME alias of a blocked
 * service, and real resolvers loaded with Vern's generated configuration in front of it.
 *
 * <ul>
 *   <li>An authoritative server (Unbound {@code auth-zone}) for {@code kommun.se}, where
 *       {@code alias.kommun.se} is a CNAME of {@code chat.deepseek.com}; for a DNSSEC-signed
 *       {@code deepseek.com}; and for the canaries' zones, so that every name resolves unless a
 *       policy blocks it. A CNAME into another zone comes back alone, as on the internet.
 *   <li>An upstream recursive resolver without any policy (Unbound), for resolvers that forward
 *       everything, as many municipalities' resolvers forward to a regional or national one. It
 *       answers the whole chain, alias and address together.
 * </ul>
 *
 * The policy is the shipped catalog and municipal baseline for staff, which block DeepSeek.
 */
public final class AliasLab implements AutoCloseable {

  /** The municipality's alias of the blocked service. */
  public static final String ALIAS = "alias.kommun.se";
  /**
   * A wildcard alias of the same service ({@code *.check IN CNAME chat.deepseek.com.}): every name
   * below it is an alias no cache holds yet.
   */
  public static final String WILDCARD_ALIAS = "*.check.kommun.se";
  /** The blocked service's name the alias points at. */
  public static final String SERVICE = "chat.deepseek.com";
  public static final String SERVICE_ADDRESS = "198.51.100.7";
  /** A name of the municipality's own that is not blocked. */
  public static final String PLAIN = "www.kommun.se";
  public static final String PLAIN_ADDRESS = "192.0.2.80";

  static final List<String> ZONES = List.of("kommun.se", "deepseek.com", "use-application-dns.net", "icloud.com");

  /** How a resolver under test reaches the zones. */
  public enum Reach {
    /** It asks the zones' authoritative server itself and follows the CNAME on its own. */
    AUTHORITATIVE,
    /** It forwards everything to an upstream recursive resolver, which answers the whole chain. */
    FORWARDER
  }

  private final Path dir;
  private final Unbound zones;
  private final Unbound upstream;
  private final Policy staff;

  private AliasLab(Path dir, Unbound zones, Unbound upstream, Policy staff) {
    this.dir = dir;
    this.zones = zones;
    this.upstream = upstream;
    this.staff = staff;
  }

  /** Skips the test, with a message, when Unbound or BIND's DNSSEC signing tools are missing. */
  public static void assumeInstalled() {
    Unbound.assumeInstalled();
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/dnssec-signzone")) && Files.isExecutable(Path.of("/usr/bin/dnssec-keygen")),
        "dnssec-keygen and dnssec-signzone are not installed (apt-get install bind9; .ci/run does this): skipping");
  }

  public static AliasLab start(Path dir) throws IOException {
    // Assessed before any process starts, so that a fixture that does not load leaves none behind.
    Policy staff = Fixture.policy(Fixture.shipped(), "staff");
    Path z = dir.resolve("zones");
    Files.createDirectories(z);
    Map<String, Path> files = new LinkedHashMap<>();
    files.put("kommun.se", zone(z, "kommun.se", "alias IN CNAME " + SERVICE + ".\n*.check IN CNAME " + SERVICE + ".\nwww IN A " + PLAIN_ADDRESS + "\n"));
    files.put("deepseek.com", signed(z, zone(z, "deepseek.com", "@ IN A 198.51.100.1\nchat IN A " + SERVICE_ADDRESS + "\n")));
    files.put("use-application-dns.net", zone(z, "use-application-dns.net", "@ IN A 192.0.2.9\n"));
    files.put("icloud.com", zone(z, "icloud.com", "mask IN A 192.0.2.10\nmask-h2 IN A 192.0.2.11\n"));
    Unbound zones = Unbound.zones(dir, files);
    Unbound upstream;
    try {
      upstream = Unbound.iterating(dir, zones, ZONES, "", "");
    } catch (IOException | RuntimeException e) {
      zones.close();
      throw e;
    }
    return new AliasLab(dir, zones, upstream, staff);
  }

  private static Path zone(Path dir, String origin, String records) throws IOException {
    Path file = dir.resolve(origin + ".zone");
    Files.writeString(file, "$ORIGIN " + origin + ".\n$TTL 300\n"
        + "@ IN SOA ns." + origin + ". hostmaster." + origin + ". 1 300 60 604800 300\n"
        + "@ IN NS ns." + origin + ".\nns IN A 127.0.0.1\n" + records);
    return file;
  }

  /** Signs the zone with a new key pair (ECDSA P-256, valid 30 days), as a service's DNS operator would. */
  private static Path signed(Path dir, Path zone) throws IOException {
    String origin = zone.getFileName().toString().replaceFirst("\\.zone$", "");
    Path keys = dir.resolve("keys");
    Files.createDirectories(keys);
    Daemon.run(List.of("/usr/bin/dnssec-keygen", "-q", "-K", keys.toString(), "-a", "ECDSAP256SHA256", "-f", "KSK", origin), dir);
    Daemon.run(List.of("/usr/bin/dnssec-keygen", "-q", "-K", keys.toString(), "-a", "ECDSAP256SHA256", origin), dir);
    Path out = dir.resolve(origin + ".signed");
    Daemon.run(List.of("/usr/bin/dnssec-signzone", "-q", "-S", "-K", keys.toString(), "-o", origin,
        "-e", "+2592000", "-f", out.toString(), zone.toString()), dir);
    return out;
  }

  /** The policy the resolvers enforce: staff, shipped catalog, municipal baseline. */
  public Policy policy() {
    return staff;
  }

  /** The upstream recursive resolver, which answers without any policy. */
  public int upstreamPort() {
    return upstream.port();
  }

  /** Vern's RPZ export for the lab's policy. */
  public String rpz(ExportOptions options) {
    return Fixture.export(Format.RPZ, staff, options);
  }

  /** Unbound loading {@code zone} (normally Vern's RPZ export) in an {@code rpz:} clause. */
  public Unbound unboundRpz(Reach reach, String zone) throws IOException {
    Path rpz = write("vern-staff-" + System.nanoTime() + ".rpz", zone);
    return unbound(reach, "rpz:\n  name: rpz.vern\n  zonefile: \"" + rpz + "\"\n  rpz-log: yes\n");
  }

  /** Unbound including Vern's {@code unbound} export (local zones). */
  public Unbound unboundLocalZones(Reach reach) throws IOException {
    Path conf = write("vern-staff-" + System.nanoTime() + ".conf", Fixture.export(Format.UNBOUND, staff));
    return unbound(reach, "include: \"" + conf + "\"\n");
  }

  private Unbound unbound(Reach reach, String clauses) throws IOException {
    return switch (reach) {
      case AUTHORITATIVE -> Unbound.iterating(dir, zones, ZONES, "", clauses);
      case FORWARDER -> Unbound.resolver(dir, upstream, "", clauses);
    };
  }

  /**
   * BIND loading Vern's {@code bind} export for one audience: the zone statement included as
   * generated, and the {@code response-policy} line its header tells the operator to add to
   * {@code options}, with the RPZ export as the zone file.
   *
   * @param withoutBreakDnssec drop {@code break-dnssec yes} from that line, to show why Vern adds it
   */
  public Bind bind(Reach reach, boolean withoutBreakDnssec) throws IOException {
    Bind.assumeInstalled();
    Path zonesDir = dir.resolve("bind-" + System.nanoTime());
    Files.createDirectories(zonesDir);
    ExportOptions options = ExportOptions.defaults().withZoneDirectory(zonesDir.toString());
    Files.writeString(zonesDir.resolve("vern-staff.rpz"), Fixture.export(Format.RPZ, staff, options));
    String conf = Fixture.export(Format.BIND, staff, options);
    Path include = zonesDir.resolve("vern.conf");
    Files.writeString(include, conf);
    String marker = "// Add to the options { } block:";
    String line = conf.lines().filter(l -> l.startsWith(marker)).findFirst()
        .orElseThrow(() -> new AssertionError("no response-policy line in the bind export:\n" + conf))
        .substring(marker.length()).strip();
    if (withoutBreakDnssec) {
      line = line.replace(" break-dnssec yes", "");
    }
    int port = switch (reach) {
      case AUTHORITATIVE -> zones.port();
      case FORWARDER -> upstream.port();
    };
    return Bind.resolver(dir, port, "  " + line + "\n", "include \"" + include + "\";\n");
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return file;
  }

  @Override
  public void close() {
    upstream.close();
    zones.close();
  }

  /**
   * One lab for a whole test class, in a directory of its own that is removed afterwards:
   * {@code @RegisterExtension static final AliasLab.PerClass LAB = new AliasLab.PerClass();}. The
   * class is skipped, with a message, when the programs are missing.
   */
  public static final class PerClass implements BeforeAllCallback, AfterAllCallback {

    private @Nullable Path dir;
    private @Nullable AliasLab lab;
    private @Nullable String owner;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
      // @Nested classes inherit the extension: they share the enclosing class's lab.
      if (owner != null) {
        return;
      }
      owner = context.getUniqueId();
      assumeInstalled();
      dir = Files.createTempDirectory("vern-alias-lab");
      lab = start(dir);
    }

    /** The running lab. */
    public AliasLab lab() {
      if (lab == null) {
        throw new IllegalStateException("the lab starts before the test class's tests");
      }
      return lab;
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
      if (!context.getUniqueId().equals(owner)) {
        return;
      }
      if (lab != null) {
        lab.close();
      }
      if (dir != null) {
        try (Stream<Path> files = Files.walk(dir)) {
          for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
            Files.deleteIfExists(p);
          }
        }
      }
    }
  }
}
