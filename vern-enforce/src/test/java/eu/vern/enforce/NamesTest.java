package eu.vern.enforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.vern.guidelines.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NamesTest {

  @ParameterizedTest
  @ValueSource(strings = {"evil.test\n$INCLUDE /etc/passwd", "Upper.test", "*.wild.test", "single",
      "dot..test", "-hyphen.test", "space .test", "quote\".test", "semi;colon.test", "ümlaut.test",
      "a.test.", "https://x.test/"})
  void aNameThatIsNotAHostNameInNormalFormIsRefusedBeforeAnythingIsWritten(String name) {
    assertThatThrownBy(() -> new Blocklist.Entry("s", "S", Verdict.BLOCK, List.of("ok.test", name), "rule r"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("refusing to export '");
  }

  @ParameterizedTest
  @ValueSource(strings = {"deepseek.com", "xn--rdchat-wxa.test", "a-b.c-d.example", "1.2.3.example"})
  void hostNamesInNormalFormPass(String name) {
    assertThat(Names.check(name)).isEqualTo(name);
  }

  @Test
  void aLineBreakInAGuidelineNameStaysInsideTheHeaderComment() {
    Policy p = Fixture.policy("staff");
    Provenance evil = new Provenance(p.provenance().guideline(), "1", "Name\nevil.test IN CNAME rpz-passthru.",
        "Org\r\n$INCLUDE /etc/shadow", "c", "v", p.provenance().asOf(), p.provenance().dataCategory(),
        p.provenance().enforced(), p.provenance().generated());
    String rpz = Fixture.export(Format.RPZ, new Policy(evil, p.audiences()));
    assertThat(rpz.lines().filter(l -> !l.startsWith(";") && !l.isEmpty()))
        .noneMatch(l -> l.contains("evil.test") || l.contains("$INCLUDE"));
  }

  @Test
  void theXmlProfileEscapesTextFromTheGuideline() throws Exception {
    Policy p = Fixture.policy("staff");
    Provenance evil = new Provenance(p.provenance().guideline(), "1", "A <b> & --> C", "Org", "c", "v",
        p.provenance().asOf(), p.provenance().dataCategory(), p.provenance().enforced(), p.provenance().generated());
    String xml = Fixture.export(Format.MOBILECONFIG, new Policy(evil, p.audiences()));
    assertThat(xml).contains("<string>Vern: A &lt;b&gt; &amp; --&gt; C (Staff)</string>");
    var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    var doc = factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(
        xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertThat(doc.getElementsByTagName("b").getLength()).isZero();
  }
}
