package eu.vern.enforce;

import static org.assertj.core.api.Assertions.assertThat;

import com.dd.plist.NSArray;
import com.dd.plist.NSDictionary;
import com.dd.plist.NSObject;
import com.dd.plist.NSString;
import com.dd.plist.PropertyListParser;
import com.google.api.client.json.gson.GsonFactory;
import com.google.api.services.androidmanagement.v1.model.ApplicationPolicy;
import com.microsoft.graph.models.AndroidGeneralDeviceConfiguration;
import com.microsoft.graph.models.AppListItem;
import com.microsoft.graph.models.AppListType;
import com.microsoft.graph.models.DeviceConfiguration;
import com.microsoft.graph.models.IosGeneralDeviceConfiguration;
import com.microsoft.kiota.serialization.JsonParseNodeFactory;
import eu.vern.catalog.AppIds;
import eu.vern.catalog.WindowsPackage;
import eu.vern.guidelines.Verdict;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The app exports read back with the vendors' own published models: Google's Android Management
 * API client and Microsoft's Graph SDK are generated from the services' schemas, so a key they do
 * not define ends up among their unknown keys and fails the test. Apple's and AppLocker's formats
 * have no such library; their keys are checked against the documented sets cited in
 * docs/enforcement.md. The fixture blocks RedChat for everyone and Kidsgram for primary pupils;
 * Nordlys Mail is allowed and Old CRM is allowed by an exception, so their apps never appear.
 */
class AppExportsTest {

  static final Policy PUPILS = Fixture.policy("pupils-primary");

  @Nested
  class Android {

    @Test
    void theApplicationsReadBackThroughGooglesModelWithoutAnUnknownKey() throws Exception {
      var policy = GsonFactory.getDefaultInstance().fromString(
          Fixture.export(Format.ANDROID_APPS, PUPILS), com.google.api.services.androidmanagement.v1.model.Policy.class);

      assertThat(policy.getUnknownKeys()).isEmpty();
      assertThat(policy.getApplications()).allSatisfy(a -> {
        assertThat(a.getUnknownKeys()).isEmpty();
        assertThat(a.getInstallType()).isEqualTo("BLOCKED");
      });
      assertThat(policy.getApplications()).extracting(ApplicationPolicy::getPackageName)
          .containsExactly("test.kidsgram", "test.redchat.app");
    }

    @Test
    void anAudienceThatMayUseKidsgramGetsOnlyRedChatBlocked() throws Exception {
      var policy = GsonFactory.getDefaultInstance().fromString(
          Fixture.export(Format.ANDROID_APPS, Fixture.policy("staff")),
          com.google.api.services.androidmanagement.v1.model.Policy.class);

      assertThat(policy.getApplications()).extracting(ApplicationPolicy::getPackageName)
          .containsExactly("test.redchat.app");
    }
  }

  @Nested
  class Intune {

    @Test
    void theIosProfileReadsBackThroughTheGraphModelWithoutAnUnknownKey() throws Exception {
      DeviceConfiguration read = graph(Fixture.export(Format.INTUNE_IOS, PUPILS));

      assertThat(read).isInstanceOf(IosGeneralDeviceConfiguration.class);
      var ios = (IosGeneralDeviceConfiguration) read;
      assertThat(ios.getAdditionalData()).isEmpty();
      assertThat(ios.getCompliantAppListType()).isEqualTo(AppListType.AppsNotInListCompliant);
      assertThat(ios.getDisplayName()).contains("Test town guideline");
      assertThat(ios.getDescription()).contains("Audience: pupils-primary");
      assertThat(ios.getCompliantAppsList()).allSatisfy(i -> assertThat(i.getAdditionalData()).isEmpty());
      assertThat(ios.getCompliantAppsList()).extracting(AppListItem::getAppId)
          .containsExactly("test.kidsgram.ios", "test.redchat.ios");
      assertThat(ios.getCompliantAppsList().get(1).getAppStoreUrl())
          .isEqualTo("https://apps.apple.com/app/id1234567890");
    }

    @Test
    void theAndroidProfileReadsBackThroughTheGraphModelWithoutAnUnknownKey() throws Exception {
      DeviceConfiguration read = graph(Fixture.export(Format.INTUNE_ANDROID, PUPILS));

      assertThat(read).isInstanceOf(AndroidGeneralDeviceConfiguration.class);
      var android = (AndroidGeneralDeviceConfiguration) read;
      assertThat(android.getAdditionalData()).isEmpty();
      assertThat(android.getCompliantAppListType()).isEqualTo(AppListType.AppsNotInListCompliant);
      assertThat(android.getCompliantAppsList()).extracting(AppListItem::getAppId)
          .containsExactly("test.kidsgram", "test.redchat.app");
    }

    private DeviceConfiguration graph(String json) throws Exception {
      var node = new JsonParseNodeFactory().getParseNode("application/json",
          new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
      DeviceConfiguration read = node.getObjectValue(DeviceConfiguration::createFromDiscriminatorValue);
      assertThat(read).isNotNull();
      return read;
    }
  }

  @Nested
  class Apple {

    // Apple's device-management schema (mdm/profiles/com.apple.applicationaccess.yaml): the
    // payload keys every payload has, and blockedAppBundleIDs, an array of strings.
    static final Set<String> RESTRICTIONS_KEYS = Set.of("PayloadType", "PayloadVersion",
        "PayloadIdentifier", "PayloadUUID", "PayloadDisplayName", "blockedAppBundleIDs");

    @Test
    void theRestrictionsPayloadBlocksTheBundleIdsAndHasOnlyDocumentedKeys() throws Exception {
      NSDictionary profile = plist(Fixture.export(Format.APPLE_APPS, PUPILS));
      NSObject[] payloads = ((NSArray) profile.get("PayloadContent")).getArray();

      assertThat(payloads).hasSize(1);
      NSDictionary restrictions = (NSDictionary) payloads[0];
      assertThat(restrictions.get("PayloadType").toJavaObject()).isEqualTo("com.apple.applicationaccess");
      assertThat(RESTRICTIONS_KEYS).containsAll(Arrays.asList(restrictions.allKeys()));
      assertThat(strings((NSArray) restrictions.get("blockedAppBundleIDs")))
          .containsExactly("test.kidsgram.ios", "test.redchat.ios");
      assertThat(profile.get("PayloadType").toJavaObject()).isEqualTo("Configuration");
    }

    @Test
    void withTheWebFilterOptionTheProfileCarriesBothPayloadsUnderDistinctIdentifiers() throws Exception {
      NSDictionary profile = plist(Fixture.export(Format.APPLE_APPS, PUPILS,
          ExportOptions.defaults().withAppleWebFilter(true)));
      NSObject[] payloads = ((NSArray) profile.get("PayloadContent")).getArray();

      assertThat(payloads).extracting(p -> ((NSDictionary) p).get("PayloadType").toJavaObject())
          .containsExactly("com.apple.applicationaccess", "com.apple.webcontent-filter");
      assertThat(payloads).extracting(p -> ((NSDictionary) p).get("PayloadUUID").toJavaObject())
          .doesNotHaveDuplicates();
    }

    private NSDictionary plist(String xml) throws Exception {
      return (NSDictionary) PropertyListParser.parse(xml.getBytes(StandardCharsets.UTF_8));
    }

    private List<String> strings(NSArray array) {
      List<String> out = new ArrayList<>();
      for (NSObject o : array.getArray()) {
        out.add(((NSString) o).getContent());
      }
      return out;
    }
  }

  @Nested
  class AppLocker {

    @Test
    void thePackagedAppCollectionAllowsSignedAppsAndDeniesEachBlockedPackage() throws Exception {
      Document doc = xml(Fixture.export(Format.APPLOCKER, PUPILS));

      Element root = doc.getDocumentElement();
      assertThat(root.getTagName()).isEqualTo("AppLockerPolicy");
      assertThat(root.getAttribute("Version")).isEqualTo("1");
      List<Element> collections = children(root, "RuleCollection");
      assertThat(collections).singleElement().satisfies(c -> {
        assertThat(c.getAttribute("Type")).isEqualTo("Appx");
        assertThat(c.getAttribute("EnforcementMode")).isEqualTo("Enabled");
      });
      List<Element> rules = children(collections.get(0), "FilePublisherRule");
      assertThat(rules).extracting(r -> r.getAttribute("Action")).containsExactly("Allow", "Deny");
      assertThat(rules).extracting(r -> r.getAttribute("Id")).doesNotHaveDuplicates()
          .allSatisfy(id -> assertThat(id).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"));
      Element deny = condition(rules.get(1));
      assertThat(deny.getAttribute("PublisherName")).isEqualTo("CN=Red Orbit Ltd, C=CN");
      assertThat(deny.getAttribute("ProductName")).isEqualTo("RedOrbit.RedChat");
      assertThat(deny.getAttribute("BinaryName")).isEqualTo("*");
      assertThat(condition(rules.get(0)).getAttribute("PublisherName")).isEqualTo("*");
    }

    /**
     * The limits Microsoft's AppLocker schema (AppLocker.xsd, published with its AppLocker policy
     * converter in MicrosoftDocs/WDAC-Toolkit) sets on what this export writes, checked on the
     * shipped baseline for every audience: Set-AppLockerPolicy refuses a file outside them.
     */
    @Test
    void theShippedBaselinesPoliciesKeepToTheLimitsOfMicrosoftsAppLockerSchema() throws Exception {
      Policy all = Fixture.policy(Fixture.shipped());
      for (Blocklist list : all.audiences()) {
        Policy one = new Policy(all.provenance(), List.of(list));
        Element root = xml(Fixture.export(Format.APPLOCKER, one)).getDocumentElement();

        assertThat(root.getAttribute("Version")).matches("[0-9]+(\\.[0-9]+)?");
        for (Element collection : children(root, "RuleCollection")) {
          assertThat(collection.getAttribute("EnforcementMode")).isIn("NotConfigured", "Enabled", "AuditOnly");
          for (Element rule : children(collection, "FilePublisherRule")) {
            assertThat(rule.getAttribute("Name")).hasSizeBetween(1, 1024);
            assertThat(rule.getAttribute("Description")).hasSizeLessThanOrEqualTo(1024);
            assertThat(rule.getAttribute("UserOrGroupSid")).matches("S-1-[0-9]+(-[0-9]+)*");
            assertThat(rule.getAttribute("Action")).isIn("Allow", "Deny");
            Element condition = condition(rule);
            assertThat(condition.getAttribute("PublisherName")).isNotEmpty();
            assertThat(condition.hasAttribute("ProductName")).isTrue();
            assertThat(condition.hasAttribute("BinaryName")).isTrue();
          }
        }
      }
    }

    @Test
    void aBlockedServiceWithoutAWindowsPackageIsNamedAsNotBlockedInTheHeader() {
      assertThat(Fixture.export(Format.APPLOCKER, PUPILS))
          .contains("NOT blocked here, the catalog has no Windows package with a known publisher for: kidsgram");
    }

    @Test
    void aPackageWhosePublisherIsUnknownGetsNoRuleRatherThanAGuessedOne() {
      var noPublisher = new Blocklist.Entry("nordlys-mail", "Nordlys Mail", Verdict.BLOCK, List.of(), "rule r",
          new AppIds(List.of(), List.of(), List.of(), List.of(),
              List.of(new WindowsPackage("Nordlys.Mail_10er64n0h9e9w", null))));
      Policy policy = new Policy(PUPILS.provenance(),
          List.of(new Blocklist(PUPILS.only().audience(), List.of(noPublisher), List.of())));

      String xml = Fixture.export(Format.APPLOCKER, policy);

      assertThat(xml).doesNotContain("Nordlys.Mail\"").contains("NOT blocked here").contains("nordlys-mail");
    }

    private Document xml(String text) throws Exception {
      var factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private Element condition(Element rule) {
      Element conditions = children(rule, "Conditions").get(0);
      Element condition = children(conditions, "FilePublisherCondition").get(0);
      Element range = children(condition, "BinaryVersionRange").get(0);
      assertThat(range.getAttribute("LowSection")).isEqualTo("0.0.0.0");
      assertThat(range.getAttribute("HighSection")).isEqualTo("*");
      // the schema's version type: four numbers of up to five digits, or "*"
      assertThat(List.of(range.getAttribute("LowSection"), range.getAttribute("HighSection")))
          .allSatisfy(v -> assertThat(v).matches("([0-9]{1,5}\\.){3}[0-9]{1,5}|\\*"));
      return condition;
    }

    private List<Element> children(Element parent, String name) {
      List<Element> out = new ArrayList<>();
      NodeList nodes = parent.getChildNodes();
      for (int i = 0; i < nodes.getLength(); i++) {
        if (nodes.item(i).getNodeType() == Node.ELEMENT_NODE) {
          Element e = (Element) nodes.item(i);
          assertThat(e.getTagName()).as("element under %s", parent.getTagName()).isEqualTo(name);
          out.add(e);
        }
      }
      return out;
    }
  }

  @Nested
  class SharedApps {

    @Test
    void anAppThatAlsoServesAUsableServiceStaysInstalledAndTheHeaderSaysWhy() {
      // Blocking review verdicts too blocks Outlook.com and personal OneDrive, while Microsoft 365,
      // which the same Outlook and OneDrive apps open, stays allowed for staff.
      var shipped = Fixture.shipped();
      Policy strict = Policy.assess(shipped, List.of(Fixture.audience(shipped, "staff")),
          eu.vern.guidelines.DataCategory.PERSONAL, List.of(Verdict.BLOCK, Verdict.REVIEW),
          java.time.LocalDate.now(Fixture.CLOCK), Fixture.CLOCK.instant());
      assertThat(strict.only().blocked()).extracting(Blocklist.Entry::service).contains("outlook-com", "onedrive");

      String ios = Fixture.export(Format.APPLE_APPS, strict);

      assertThat(ios).doesNotContain("<string>com.microsoft.Office.Outlook</string>")
          .doesNotContain("<string>com.microsoft.skydrive</string>")
          .contains("NOT blocked here, the same app serves a service this audience may use: "
              + "com.microsoft.skydrive (onedrive, also microsoft-365); "
              + "com.microsoft.Office.Outlook (outlook-com, also microsoft-365)");
      assertThat(Fixture.export(Format.APPLOCKER, strict))
          .doesNotContain("ProductName=\"Microsoft.OutlookForWindows\"")
          .contains("Microsoft.OutlookForWindows_8wekyb3d8bbwe (outlook-com, also microsoft-365)");
    }

    @Test
    void onlyTheSharedAppIsLeftOutAndTheJsonNamesTheServiceThatKeepsIt() {
      var suite = new Blocklist.Entry("nordlys-suite", "Nordlys Suite", Verdict.ALLOW, List.of(), "verdict allow",
          new AppIds(List.of("test.nordlys.mail"), List.of(), List.of(), List.of(), List.of()));
      var mail = new Blocklist.Entry("nordlys-mail", "Nordlys Mail", Verdict.BLOCK, List.of(), "rule r",
          new AppIds(List.of("test.nordlys.mail", "test.nordlys.chat"), List.of(), List.of(), List.of(), List.of()));
      Policy policy = new Policy(PUPILS.provenance(),
          List.of(new Blocklist(PUPILS.only().audience(), List.of(mail), List.of(), List.of(suite))));

      assertThat(Fixture.export(Format.ANDROID_APPS, policy))
          .contains("\"test.nordlys.chat\"").doesNotContain("\"test.nordlys.mail\"");
      assertThat(Fixture.export(Format.INTUNE_ANDROID, policy))
          .contains("Blocked: 1 app of 1 service")
          .contains("test.nordlys.mail (nordlys-mail, also nordlys-suite)");
      assertThat(Fixture.export(Format.JSON, policy)).contains("\"sharingApps\"").contains("\"nordlys-suite\"");
    }
  }

  @Test
  void anAppOnlyServiceIsLeftOutOfNameExportsButBlockedInAppExports() {
    var appOnly = new Blocklist.Entry("app-only", "App Only", Verdict.BLOCK, List.of(), "rule r",
        new AppIds(List.of("test.apponly"), List.of(), List.of(), List.of(), List.of()));
    Policy policy = new Policy(PUPILS.provenance(),
        List.of(new Blocklist(PUPILS.only().audience(), List.of(appOnly), List.of())));

    assertThat(Fixture.export(Format.HOSTS, policy, ExportOptions.defaults().withDnsCanaries(false)))
        .doesNotContain("app-only").contains("Blocked: 0 names of 0 services");
    assertThat(Fixture.export(Format.ANDROID_APPS, policy)).contains("\"test.apponly\"");
  }
}
