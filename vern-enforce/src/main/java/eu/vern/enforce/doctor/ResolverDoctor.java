package eu.vern.enforce.doctor;

import eu.vern.catalog.DomainNames;
import eu.vern.enforce.Blocklist;
import eu.vern.enforce.ExportOptions;
import eu.vern.enforce.Policy;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Checks a running resolver the way a client meets it: are the bypass canaries blocked, are the
 * guideline's blocked names blocked (also for clients that ask for DNSSEC), and is a CNAME alias
 * of a blocked service blocked every time it is asked, not only the first time.
 *
 * {@snippet :
 * ResolverDoctor doctor = new ResolverDoctor(ResolverDoctor.address("10.0.0.53:53"), Duration.ofSeconds(5));
 * DoctorReport report = doctor.examine(new ResolverDoctor.Probes(
 *     ResolverDoctor.Probes.CANARIES, List.of(new ResolverDoctor.Probe("deepseek.com", "DeepSeek")),
 *     "*.vern-check.kommun.se", ResolverDoctor.Probes.TIMES, null));
 * if (!report.clean()) {
 *   report.findings().stream().filter(Finding::problem).forEach(System.out::println);
 * }
 * }
 */
public final class ResolverDoctor {

  private static final Pattern HOST_PORT =
      Pattern.compile("\\[([0-9A-Fa-f:.]+)\\](?::(\\d{1,5}))?|([^:\\[\\]\\s]+)(?::(\\d{1,5}))?|([0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*)");

  private final InetSocketAddress resolver;
  private final Duration timeout;

  /**
   * @param timeout how long to wait for each answer; a resolver on a busy network can take a
   *     second or two for a name it has to look up
   */
  public ResolverDoctor(InetSocketAddress resolver, Duration timeout) {
    this.resolver = Objects.requireNonNull(resolver, "resolver");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive: " + timeout);
    }
    this.timeout = timeout;
  }

  /** A name to ask that must be blocked, and the service it belongs to (for people). */
  public record Probe(String name, String service) {
    public Probe {
      name = hostName(name);
      Objects.requireNonNull(service, "service");
    }
  }

  /**
   * What to ask.
   *
   * @param canaries names that must not resolve (normally {@link #CANARIES}); empty to skip
   * @param blocked names the guideline blocks
   * @param alias a name that is a CNAME of a blocked service, or null to skip that check; a
   *     wildcard ({@code *.vern-check.kommun.se}) is asked as a new name below it each time the
   *     doctor runs, so that no earlier question has left it in the resolver's cache
   * @param times how often to ask the alias in a row (at least 2: the second answer is the one
   *     that leaks)
   * @param blockAddress the block page's address, which counts as blocked, or null
   */
  public record Probes(List<String> canaries, List<Probe> blocked, @Nullable String alias, int times,
      @Nullable String blockAddress) {

    /** The canaries Vern's DNS exports block by default. */
    public static final List<String> CANARIES = ExportOptions.dnsCanaryNames();

    /** Enough repetitions to see a cached answer several times, few enough to be quick. */
    public static final int TIMES = 5;

    public Probes {
      canaries = canaries.stream().map(ResolverDoctor::hostName).toList();
      blocked = List.copyOf(blocked);
      alias = alias == null ? null : alias.startsWith("*.") ? "*." + hostName(alias.substring(2)) : hostName(alias);
      if (times < 2 || times > 50) {
        throw new IllegalArgumentException("ask the alias between 2 and 50 times, not " + times);
      }
      if (blockAddress != null) {
        literal(blockAddress);
      }
    }
  }

  /** Asks everything {@code probes} names and says what the resolver answered. */
  public DoctorReport examine(Probes probes) {
    String where = text(resolver);
    // When the very first question gets no answer the resolver is not there: say so once instead
    // of waiting out a timeout for every probe.
    DoctorReport unreachable = new DoctorReport(where, List.of(new Finding.Unreachable(where)));
    InetAddress blockAddress = probes.blockAddress() == null ? null : literal(probes.blockAddress());
    Asker asker = new Asker(resolver, timeout, blockAddress);
    List<Finding> findings = new ArrayList<>();
    for (String canary : probes.canaries()) {
      Answer answer = asker.ask(canary, false);
      if (findings.isEmpty() && answer instanceof Answer.Silent) {
        return unreachable;
      }
      findings.add(new Finding.Canary(canary, answer));
    }
    for (Probe p : probes.blocked()) {
      Answer plain = asker.ask(p.name(), false);
      if (findings.isEmpty() && plain instanceof Answer.Silent) {
        return unreachable;
      }
      findings.add(new Finding.Service(p.name(), p.service(), plain, asker.ask(p.name(), true)));
    }
    String alias = probes.alias();
    if (alias != null) {
      if (alias.startsWith("*.")) {
        alias = "vern-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()) + alias.substring(1);
      }
      List<Answer> answers = new ArrayList<>();
      for (int i = 0; i < probes.times(); i++) {
        answers.add(asker.ask(alias, false));
      }
      if (findings.isEmpty() && answers.stream().allMatch(a -> a instanceof Answer.Silent)) {
        return unreachable;
      }
      findings.add(new Finding.Alias(alias, answers));
    }
    return new DoctorReport(where, findings);
  }

  /**
   * One name per service that {@code policy} blocks for every one of its audiences (the first name
   * the catalog lists), so that the check holds whichever audience's network the doctor runs from.
   */
  public static List<Probe> blockedForEveryAudience(Policy policy) {
    Map<String, Blocklist.Entry> common = new LinkedHashMap<>();
    for (Blocklist.Entry e : policy.audiences().get(0).blocked()) {
      if (!e.domains().isEmpty()) {
        common.put(e.service(), e);
      }
    }
    for (Blocklist b : policy.audiences().subList(1, policy.audiences().size())) {
      common.keySet().retainAll(b.blocked().stream().map(Blocklist.Entry::service).toList());
    }
    return common.values().stream().map(e -> new Probe(e.domains().get(0), e.name())).toList();
  }

  /**
   * The resolver written {@code HOST:PORT}, {@code [IPv6]:PORT}, {@code HOST} or a bare IPv6
   * address (port 53 when none is given).
   *
   * @throws IllegalArgumentException with a sentence a user can act on
   */
  public static InetSocketAddress address(String text) {
    Matcher m = HOST_PORT.matcher(text.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException("'" + text + "' is not HOST:PORT, e.g. 10.0.0.53:53 or [2001:db8::53]:53");
    }
    String host = m.group(1) != null ? m.group(1) : m.group(3) != null ? m.group(3) : m.group(5);
    String port = m.group(2) != null ? m.group(2) : m.group(4);
    int number = port == null ? 53 : Integer.parseInt(port);
    if (number < 1 || number > 65535) {
      throw new IllegalArgumentException("'" + text + "': " + number + " is not a port (1-65535)");
    }
    try {
      return new InetSocketAddress(InetAddress.getByName(host), number);
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("'" + text + "': the host '" + host + "' is not known");
    }
  }

  /**
   * {@code name} in the form DNS asks it, as the catalog normalises names (lower case, IDNA, no
   * trailing dot); refused, with the catalog's reason, when it is not a host name.
   */
  static String hostName(String name) {
    return switch (DomainNames.normalise(name)) {
      case DomainNames.Valid(String ascii) -> ascii;
      case DomainNames.Invalid(String reason) ->
          throw new IllegalArgumentException("'" + name + "' is not a host name: " + reason);
    };
  }

  private static InetAddress literal(String address) {
    if (!address.matches("[0-9A-Fa-f:.]+")) {
      throw new IllegalArgumentException("'" + address + "' is not an IPv4 or IPv6 address");
    }
    try {
      return InetAddress.getByName(address);
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("'" + address + "' is not an IPv4 or IPv6 address");
    }
  }

  private static String text(InetSocketAddress a) {
    String host = a.getAddress().getHostAddress();
    return (host.contains(":") ? "[" + host + "]" : host) + ":" + a.getPort();
  }
}
