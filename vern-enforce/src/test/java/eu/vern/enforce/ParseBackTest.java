package eu.vern.enforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Each output read back by a parser of its own kind says what the policy says. */
class ParseBackTest {

  final Policy pupils = Fixture.policy("pupils-primary");

  /** The guideline's blocked names and, in DNS-level lists, the bypass canaries. */
  Set<String> blockedNames() {
    Set<String> names = new TreeSet<>(DnsCanaries.NAMES);
    pupils.only().blocked().forEach(e -> names.addAll(e.domains()));
    return names;
  }

  @Test
  void theAdblockListParsesBackToTheBlockedNames() {
    Set<String> parsed = new TreeSet<>();
    Set<String> passed = new TreeSet<>();
    for (String line : Fixture.export(Format.ADBLOCK, pupils).split("\n")) {
      if (line.startsWith("||") && line.endsWith("^")) {
        parsed.add(line.substring(2, line.length() - 1));
      } else if (line.startsWith("@@||") && line.endsWith("^")) {
        passed.add(line.substring(4, line.length() - 1));
      } else {
        assertThat(line).startsWith("!");
      }
    }
    assertThat(parsed).isEqualTo(blockedNames()).contains("login.portal.test");
    assertThat(passed).containsExactly("school.portal.test");
  }

  @Test
  void theHostsFileParsesBackToTheBlockedNames() {
    Set<String> parsed = new TreeSet<>();
    for (String line : Fixture.export(Format.HOSTS, pupils).split("\n")) {
      if (line.startsWith("#")) {
        continue;
      }
      String[] fields = line.split("\\s+");
      assertThat(fields).hasSize(2);
      assertThat(fields[0]).isEqualTo("0.0.0.0");
      parsed.add(fields[1]);
    }
    assertThat(parsed).isEqualTo(blockedNames());
  }

  @Test
  void theAppleProfileIsAWellFormedPlistWithTheDenyListAndStableUuids() throws Exception {
    String xml = Fixture.export(Format.MOBILECONFIG, pupils);
    Element top = plist(xml);
    assertThat(value(top, "PayloadType")).isEqualTo("Configuration");
    assertThat(value(top, "PayloadIdentifier")).isEqualTo("eu.vern.policy.enforce-fixture.pupils-primary");
    Element filter = (Element) child(child(top, "PayloadContent"), "dict");
    assertThat(value(filter, "PayloadType")).isEqualTo("com.apple.webcontent-filter");
    List<String> denied = strings(child(filter, "DenyListURLs"));
    assertThat(denied).contains("https://kidsgram.test/", "http://redchat.test/", "https://portal.test/")
        .doesNotContain("https://mail.nordlys.test/");

    // A later version (another day, other verdicts) replaces the profile: same identifiers and UUIDs.
    Policy staffLater = Policy.assess(Fixture.assessor(), List.of(Fixture.audience(Fixture.assessor(), "pupils-primary")),
        eu.vern.guidelines.DataCategory.PUBLIC, List.of(eu.vern.guidelines.Verdict.BLOCK, eu.vern.guidelines.Verdict.REVIEW),
        java.time.LocalDate.of(2027, 1, 1), java.time.Instant.parse("2027-01-01T00:00:00Z"));
    Element later = plist(Fixture.export(Format.MOBILECONFIG, staffLater));
    assertThat(value(later, "PayloadUUID")).isEqualTo(value(top, "PayloadUUID"))
        .matches("[0-9A-F]{8}-[0-9A-F]{4}-3[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}");
  }

  @Test
  void theChromePolicyIsJsonOnceItsCommentLinesAreRemoved() throws Exception {
    String text = Fixture.export(Format.CHROME, pupils);
    StringBuilder json = new StringBuilder();
    for (String line : text.split("\n")) {
      if (!line.startsWith("//")) {
        json.append(line).append('\n');
      }
    }
    JsonNode policy = new ObjectMapper().readTree(json.toString());
    assertThat(texts(policy.get("URLBlocklist"))).containsExactly(
        "kidsgram.test", "redchat.test", "xn--rdchat-wxa.test", "cdn.redchat-static.test", "portal.test");
    assertThat(texts(policy.get("URLAllowlist"))).containsExactly("oldcrm.test", "school.portal.test");
  }

  @Test
  void theFirefoxPolicyIsJsonWithAWebsiteFilter() throws Exception {
    JsonNode root = new ObjectMapper().readTree(Fixture.export(Format.FIREFOX, pupils));
    JsonNode filter = root.get("policies").get("WebsiteFilter");
    assertThat(texts(filter.get("Block"))).contains("*://*.kidsgram.test/*", "*://*.portal.test/*");
    assertThat(texts(filter.get("Exceptions"))).contains("*://*.school.portal.test/*");
  }

  @Test
  void theVerdictsJsonNamesTheGuidelineCatalogAndEveryAudience() throws Exception {
    JsonNode root = new ObjectMapper().readTree(Fixture.export(Format.JSON, Fixture.policy()));
    assertThat(root.get("guideline").get("version").asText()).isEqualTo("1.2.0");
    assertThat(root.get("catalog").get("version").asText()).isEqualTo("2026.11.24-fixture");
    assertThat(root.get("audiences")).hasSize(2);
  }

  @TempDir Path dir;

  @Test
  void theProxyAutoConfigSendsBlockedHostsToTheBlockProxyInARealJavaScriptEngine() throws Exception {
    Path node = Path.of("/usr/bin/node");
    assumeTrue(Files.isExecutable(node), "node is not installed: skipping the PAC evaluation");
    Path script = dir.resolve("pac.js");
    Files.writeString(script, Fixture.export(Format.PAC, pupils,
        ExportOptions.defaults().withBlockProxy("block.example:3128")) + """
        for (const h of ["redchat.test", "a.b.redchat.test", "school.portal.test", "x.school.portal.test",
                         "portal.test", "www.portal.test", "mail.nordlys.test", "REDCHAT.TEST.", "test"]) {
          console.log(h + " " + FindProxyForURL("https://" + h + "/", h));
        }
        """);
    Process p = new ProcessBuilder(node.toString(), script.toString()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(out.lines()).containsExactly(
        "redchat.test PROXY block.example:3128",
        "a.b.redchat.test PROXY block.example:3128",
        "school.portal.test DIRECT",
        "x.school.portal.test DIRECT",
        "portal.test PROXY block.example:3128",
        "www.portal.test PROXY block.example:3128",
        "mail.nordlys.test DIRECT",
        "REDCHAT.TEST. PROXY block.example:3128",
        "test DIRECT");
  }

  private static Element plist(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    f.setFeature("http://javax.xml.XMLConstants/feature/secure-processing", true);
    Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    assertThat(doc.getDocumentElement().getTagName()).isEqualTo("plist");
    return (Element) elements(doc.getDocumentElement()).get(0);
  }

  /** The element that follows {@code <key>name</key>} in a plist dict. */
  private static Node child(Node dict, String name) {
    List<Element> items = elements(dict);
    if (dict.getNodeName().equals("array")) {
      for (Element e : items) {
        if (e.getTagName().equals(name)) {
          return e;
        }
      }
    }
    for (int i = 0; i + 1 < items.size(); i++) {
      if (items.get(i).getTagName().equals("key") && items.get(i).getTextContent().equals(name)) {
        return items.get(i + 1);
      }
    }
    throw new AssertionError("no " + name);
  }

  private static String value(Node dict, String key) {
    return child(dict, key).getTextContent();
  }

  private static List<String> strings(Node array) {
    return elements(array).stream().map(Node::getTextContent).toList();
  }

  private static List<Element> elements(Node parent) {
    List<Element> out = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i) instanceof Element e) {
        out.add(e);
      }
    }
    return out;
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
