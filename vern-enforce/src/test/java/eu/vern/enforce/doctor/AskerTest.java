package eu.vern.enforce.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.CNAMERecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.Type;

/** How one answer is read: the CNAME chain is followed, and only the end of it counts. */
class AskerTest {

  static final Name ALIAS = Name.fromConstantString("alias.kommun.se.");
  static final Name SERVICE = Name.fromConstantString("chat.deepseek.com.");

  static Message response(int rcode, Record... answers) {
    Message m = Message.newQuery(Record.newRecord(ALIAS, Type.A, DClass.IN));
    m.getHeader().setRcode(rcode);
    for (Record r : answers) {
      m.addRecord(r, Section.ANSWER);
    }
    return m;
  }

  static Asker asker(String blockAddress) throws Exception {
    return new Asker(new InetSocketAddress(InetAddress.getLoopbackAddress(), 53), Duration.ofSeconds(1),
        blockAddress == null ? null : InetAddress.getByName(blockAddress));
  }

  static Record cname() {
    return new CNAMERecord(ALIAS, DClass.IN, 300, SERVICE);
  }

  static Record a(Name name, String address) throws Exception {
    return new ARecord(name, DClass.IN, 300, InetAddress.getByName(address));
  }

  @Test
  void anAliasWhoseTargetHasAnAddressIsResolved() throws Exception {
    assertThat(asker(null).read(response(Rcode.NOERROR, cname(), a(SERVICE, "198.51.100.7")), ALIAS))
        .isEqualTo(new Answer.Resolved(List.of("198.51.100.7"), List.of("chat.deepseek.com")));
  }

  @Test
  void nxdomainAfterTheAliasIsBlockedAndStillShowsTheTarget() throws Exception {
    assertThat(asker(null).read(response(Rcode.NXDOMAIN, cname()), ALIAS))
        .isEqualTo(new Answer.Blocked(Answer.Way.NXDOMAIN, List.of("chat.deepseek.com")));
  }

  @Test
  void anAliasWithoutAnAddressAtTheEndIsBlocked() throws Exception {
    assertThat(asker(null).read(response(Rcode.NOERROR, cname()), ALIAS))
        .isEqualTo(new Answer.Blocked(Answer.Way.NO_ADDRESS, List.of("chat.deepseek.com")));
  }

  @Test
  void anAddressOfAnotherNameDoesNotCount() throws Exception {
    Name other = Name.fromConstantString("other.example.");
    assertThat(asker(null).read(response(Rcode.NOERROR, a(other, "192.0.2.1")), ALIAS).blocked()).isTrue();
  }

  @Test
  void theBlockPageAndTheUnspecifiedAddressAreBlocked() throws Exception {
    assertThat(asker("192.0.2.10").read(response(Rcode.NOERROR, a(ALIAS, "192.0.2.10")), ALIAS))
        .isEqualTo(new Answer.Blocked(Answer.Way.BLOCK_ADDRESS, List.of()));
    assertThat(asker(null).read(response(Rcode.NOERROR, a(ALIAS, "0.0.0.0")), ALIAS).blocked()).isTrue();
  }

  @Test
  void servfailIsAnErrorNotABlock() throws Exception {
    assertThat(asker(null).read(response(Rcode.SERVFAIL), ALIAS)).isEqualTo(new Answer.Failed("SERVFAIL", List.of()));
  }

  @Test
  void aCnameLoopEndsInsteadOfRunningForever() throws Exception {
    Record loop = new CNAMERecord(SERVICE, DClass.IN, 300, ALIAS);
    Answer answer = asker(null).read(response(Rcode.NOERROR, cname(), loop), ALIAS);
    assertThat(answer.aliases()).hasSize(16);
    assertThat(answer.blocked()).isTrue();
  }
}
