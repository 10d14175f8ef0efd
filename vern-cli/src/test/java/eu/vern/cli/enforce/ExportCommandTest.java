package eu.vern.cli.enforce;

import static org.assertj.core.api.Assertions.assertThat;

import eu.vern.cli.Cli;
import eu.vern.cli.ExitCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vern export}, run in-process on the shipped catalog and municipal baseline. */
class ExportCommandTest {

  @TempDir Path dir;

  @Test
  void exportsAResponsePolicyZoneForAnAudienceToAFile() throws Exception {
    Path file = dir.resolve("pupils.rpz");
    Cli r = Cli.run("export", "rpz", "--audience", "pupils-primary", "-o", file.toString());
    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCode.OK);
    assertThat(Files.readString(file))
        .contains("; Guideline: municipal-baseline ", "; Audience: pupils-primary (Primary pupils)")
        .contains("chatgpt.com IN CNAME .", "*.chatgpt.com IN CNAME .", "deepseek.com IN CNAME .");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void writesToStandardOutputWithoutMinusO() {
    Cli r = Cli.run("export", "unbound", "--audience", "staff");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("server:", "local-zone: \"deepseek.com.\" always_nxdomain")
        .doesNotContain("local-zone: \"chatgpt.com.\"");
  }

  @Test
  void theBlockPageOptionAnswersWithAnAddress() {
    Cli r = Cli.run("export", "dnsmasq", "--audience", "staff", "--block-address", "192.0.2.10");
    assertThat(r.out()).contains("address=/deepseek.com/192.0.2.10");
  }

  @Test
  void everyAudienceInOneUnboundFileTaggedByNetwork() {
    Cli r = Cli.run("export", "unbound", "--audience", "all");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("define-tag: \"staff teachers pupils-primary")
        .contains("access-control-tag: 10.31.0.0/16 \"pupils-primary\"");
  }

  @Test
  void browserPoliciesForEveryAudienceGoToOneFilePerDeviceGroup() throws Exception {
    Cli r = Cli.run("export", "chrome", "--audience", "all", "-o", dir.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(dir.resolve("ou-pupils-primary.chrome.json")).exists();
    assertThat(dir.resolve("ou-staff.chrome.json")).exists();
    assertThat(Files.readString(dir.resolve("ou-pupils-primary.chrome.json"))).contains("\"chatgpt.com\"");
    assertThat(Files.readString(dir.resolve("ou-staff.chrome.json"))).doesNotContain("\"chatgpt.com\"");
    Cli apple = Cli.run("export", "mobileconfig", "--audience", "all", "-o", dir.toString());
    assertThat(apple.exitCode()).as(apple.err()).isZero();
    assertThat(dir.resolve("elected-members-ipads.mobileconfig")).exists();
  }

  @Test
  void anUnknownFormatIsBadInputNamingTheFormats() {
    Cli r = Cli.run("export", "iptables");
    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.err()).contains("unknown format 'iptables'", "rpz, unbound");
  }

  @Test
  void anUnknownAudienceIsBadInputAndWritesNothing() throws Exception {
    Path file = dir.resolve("x.rpz");
    Files.writeString(file, "previous");
    Cli r = Cli.run("export", "rpz", "--audience", "wizards", "-o", file.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.err()).contains("no audience 'wizards'", "pupils-primary");
    assertThat(Files.readString(file)).isEqualTo("previous");
  }

  @Test
  void anOutputInADirectoryThatDoesNotExistIsBadInput() {
    Cli r = Cli.run("export", "rpz", "-o", dir.resolve("no/such/dir/x.rpz").toString());
    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.err()).contains("-o: the directory of");
  }

  @Test
  void anOutputThatIsADirectoryIsBadInput() {
    Cli r = Cli.run("export", "rpz", "-o", dir.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.err()).contains("is a directory");
  }

  @Test
  void aFormatForOneAudienceRefusesAllWithAHint() {
    Cli r = Cli.run("export", "rpz", "--audience", "all");
    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.err()).contains("rpz holds one audience per file");
  }

  @Test
  void guidanceCannotBeEnforced() {
    Cli r = Cli.run("export", "hosts", "--verdicts", "block,guidance");
    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.err()).contains("'guidance' never blocks");
  }

  @Test
  void aBadBlockAddressIsBadInput() {
    Cli r = Cli.run("export", "rpz", "--block-address", "blockpage.example");
    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.err()).contains("--block-address: block address 'blockpage.example' is not an IPv4 or IPv6 address");
  }

  @Test
  void dnsExportsBlockTheBypassCanariesByDefaultAndNotWhenSwitchedOff() {
    Cli on = Cli.run("export", "unbound", "--audience", "staff");
    assertThat(on.exitCode()).as(on.err()).isZero();
    assertThat(on.out()).contains("local-zone: \"use-application-dns.net.\" always_nxdomain")
        .contains("local-zone: \"mask.icloud.com.\" always_nxdomain")
        .contains("local-zone: \"mask-h2.icloud.com.\" always_nxdomain")
        .contains("Also blocked for every audience");
    Cli off = Cli.run("export", "unbound", "--audience", "staff", "--no-dns-canaries");
    assertThat(off.exitCode()).as(off.err()).isZero();
    assertThat(off.out()).doesNotContain("use-application-dns.net").doesNotContain("mask.icloud.com");
  }

  @Test
  void theBaselineBlocksDeepSeekAndTikTokAppsOnIosAndAndroidAndLeavesAllowedAppsAlone() {
    for (String format : List.of("apple-apps", "intune-ios")) {
      Cli r = Cli.run("export", format, "--audience", "staff");
      assertThat(r.exitCode()).as(r.err()).isZero();
      assertThat(r.out()).as(format).contains("com.deepseek.chat", "com.zhiliaoapp.musically")
          .doesNotContain("im.vector.app", "com.mattermost.rn");
    }
    for (String format : List.of("android-apps", "intune-android")) {
      Cli r = Cli.run("export", format, "--audience", "staff");
      assertThat(r.exitCode()).as(r.err()).isZero();
      assertThat(r.out()).as(format).contains("\"com.deepseek.chat\"", "\"com.zhiliaoapp.musically\"")
          .doesNotContain("im.vector.app", "com.mattermost.rn");
    }
  }

  @Test
  void theAppLockerPolicyNamesTheBlockedAppsItCannotReach() {
    Cli r = Cli.run("export", "applocker", "--audience", "staff");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("<RuleCollection Type=\"Appx\" EnforcementMode=\"Enabled\">")
        .containsPattern("NOT blocked here, the catalog has no Windows package with a known publisher for: [^>]*deepseek[^>]*tiktok");
  }

  @Test
  void appProfilesForEveryAudienceGoToOneFilePerDeviceGroup() throws Exception {
    Cli r = Cli.run("export", "apple-apps", "--audience", "all", "-o", dir.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(dir.resolve("elected-members-ipads.apps.mobileconfig")).exists();
  }

  @Test
  void browserPoliciesTurnDnsOverHttpsOffOrToTheOrganisationsOwnEndpoint() {
    assertThat(Cli.run("export", "chrome", "--audience", "staff").out()).contains("\"DnsOverHttpsMode\" : \"off\"");
    Cli own = Cli.run("export", "firefox", "--audience", "staff", "--doh-template",
        "https://doh.kommun.example/dns-query{?dns}");
    assertThat(own.exitCode()).as(own.err()).isZero();
    assertThat(own.out()).contains("\"ProviderURL\" : \"https://doh.kommun.example/dns-query\"", "\"Locked\" : true");
  }

  @Test
  void aDohTemplateThatIsNotHttpsIsBadInputAndWritesNothing() throws Exception {
    Path file = dir.resolve("chrome.json");
    Cli r = Cli.run("export", "chrome", "--doh-template", "http://doh.kommun.example/dns-query", "-o", file.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.err()).contains("--doh-template: ", "is not an https URL");
    assertThat(file).doesNotExist();
  }

  @Test
  void publicResolversAreBlockedOnlyOnRequestAndTheOrganisationsOwnStaysReachable() {
    assertThat(Cli.run("export", "rpz", "--audience", "staff").out()).doesNotContain("dns.google");
    Cli on = Cli.run("export", "rpz", "--audience", "staff", "--block-public-resolvers",
        "--doh-template", "https://zero.dns0.eu/");
    assertThat(on.exitCode()).as(on.err()).isZero();
    assertThat(on.out()).contains("dns.google IN CNAME .", "cloudflare-dns.com IN CNAME .", "quad9.net IN CNAME .")
        .doesNotContain("dns0.eu IN CNAME");
  }

  @Test
  void aMalformedBundleIdInAnOverlayIsBadInputNamingFileLineAndFieldAndWritesNoProfile() throws Exception {
    Path overlay = dir.resolve("overlay");
    Files.createDirectories(overlay.resolve("services"));
    Files.writeString(overlay.resolve("services/city-chat.yaml"), """
        id: city-chat
        name: City Chat
        kind: messaging
        vendor: deepseek
        description: A chat app the city tried out.
        apps:
          iosBundleIds: ["com.city chat"]
        sources:
          - about: [apps]
            url: https://example.org/city-chat
            checked: 2026-12-03
            note: Test overlay.
        """);
    Path profile = dir.resolve("apps.mobileconfig");

    Cli r = Cli.run("export", "apple-apps", "--overlay", overlay.toString(), "-o", profile.toString());

    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.err()).contains("city-chat.yaml:7", "apps.iosBundleIds", "'com.city chat' is not a bundle identifier")
        .doesNotContain("Exception");
    assertThat(profile).doesNotExist();
  }

  @Test
  void anUnknownAppFormatIsBadInputNamingTheAppFormats() {
    Cli r = Cli.run("export", "ios-apps");
    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.err()).contains("unknown format 'ios-apps'", "apple-apps", "android-apps", "applocker");
  }
}
