package eu.vern.enforce;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.ExtendedFlags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.Type;

/** Questions to a test resolver on 127.0.0.1, with answers as short texts an assertion can show. */
public final class Dns {

  private Dns() {}

  /**
   * The answer to an A query for {@code name} sent from {@code source} (a loopback address).
   *
   * @param dnssec whether to set the DO bit, as a DNSSEC-aware client does
   */
  public static Message query(int port, String source, String name, boolean dnssec) throws IOException {
    SimpleResolver r = new SimpleResolver(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port));
    r.setLocalAddress(new InetSocketAddress(InetAddress.getByName(source), 0));
    r.setTimeout(Duration.ofSeconds(5));
    r.setTCP(false);
    r.setEDNS(0, 1232, dnssec ? ExtendedFlags.DO : 0, List.of());
    Record q = Record.newRecord(Name.fromString(name.endsWith(".") ? name : name + "."), Type.A, DClass.IN);
    return r.send(Message.newQuery(q));
  }

  /** "NXDOMAIN", "SERVFAIL", "NODATA", or the A addresses (of the whole chain), comma-separated. */
  public static String answer(int port, String source, String name, boolean dnssec) throws IOException {
    Message m = query(port, source, name, dnssec);
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

  /** The answers to {@code times} questions for {@code name} in a row. */
  public static List<String> answers(int port, String name, int times) throws IOException {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < times; i++) {
      out.add(answer(port, "127.0.0.1", name, false));
    }
    return out;
  }
}
