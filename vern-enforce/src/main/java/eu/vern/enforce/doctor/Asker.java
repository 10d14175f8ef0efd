package eu.vern.enforce.doctor;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.CNAMERecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.ExtendedFlags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/** Asks one resolver for the address of a name, as a client would, and reads the answer. */
final class Asker {

  /** A chain longer than this is a loop or an attack, not a service's alias. */
  private static final int MAX_CHAIN = 16;

  private static final int PAYLOAD = 1232;

  private final InetSocketAddress resolver;
  private final Duration timeout;
  private final @Nullable InetAddress blockAddress;

  Asker(InetSocketAddress resolver, Duration timeout, @Nullable InetAddress blockAddress) {
    this.resolver = resolver;
    this.timeout = timeout;
    this.blockAddress = blockAddress;
  }

  /**
   * The answer to an A question for {@code name} (a checked host name).
   *
   * @param dnssec whether to ask as a DNSSEC-aware client does, with the DO bit set
   */
  Answer ask(String name, boolean dnssec) {
    Name qname;
    try {
      qname = Name.fromString(name, Name.root);
    } catch (TextParseException e) {
      throw new IllegalArgumentException("'" + name + "' is not a name: " + e.getMessage(), e);
    }
    SimpleResolver r = new SimpleResolver(resolver);
    r.setTimeout(timeout);
    r.setEDNS(0, PAYLOAD, dnssec ? ExtendedFlags.DO : 0, List.of());
    // One lost datagram on a busy network is not a silent resolver: ask a second time first.
    for (int attempt = 0; attempt < 2; attempt++) {
      try {
        return read(r.send(Message.newQuery(Record.newRecord(qname, Type.A, DClass.IN))), qname);
      } catch (IOException e) {
        // no answer in time; try again, then report silence
      }
    }
    return new Answer.Silent();
  }

  /** Follows the CNAME chain from {@code qname} through the answer section and classifies the end. */
  Answer read(Message response, Name qname) {
    List<Record> records = response.getSection(Section.ANSWER);
    List<String> aliases = new ArrayList<>();
    Name current = qname;
    for (int i = 0; i < MAX_CHAIN; i++) {
      Name next = null;
      for (Record rr : records) {
        if (rr instanceof CNAMERecord c && c.getName().equals(current)) {
          next = c.getTarget();
          break;
        }
      }
      if (next == null) {
        break;
      }
      aliases.add(text(next));
      current = next;
    }
    int rcode = response.getRcode();
    if (rcode == Rcode.NXDOMAIN) {
      return new Answer.Blocked(Answer.Way.NXDOMAIN, aliases);
    }
    if (rcode != Rcode.NOERROR) {
      return new Answer.Failed(Rcode.string(rcode), aliases);
    }
    List<InetAddress> found = new ArrayList<>();
    for (Record rr : records) {
      if (rr.getName().equals(current)) {
        if (rr instanceof ARecord a) {
          found.add(a.getAddress());
        } else if (rr instanceof AAAARecord a) {
          found.add(a.getAddress());
        }
      }
    }
    if (found.isEmpty()) {
      return new Answer.Blocked(Answer.Way.NO_ADDRESS, aliases);
    }
    if (found.stream().allMatch(this::isBlockAddress)) {
      return new Answer.Blocked(Answer.Way.BLOCK_ADDRESS, aliases);
    }
    return new Answer.Resolved(found.stream().map(InetAddress::getHostAddress).toList(), aliases);
  }

  private boolean isBlockAddress(InetAddress a) {
    return a.isAnyLocalAddress() || a.equals(blockAddress);
  }

  private static String text(Name name) {
    String s = name.toString(true);
    return s.isEmpty() ? "." : s;
  }
}
