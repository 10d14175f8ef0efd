package eu.vern.enforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real headless Chromium (Debian's) with Vern's Chrome policy for primary pupils in its managed
 * policy directory: a blocked service fails with the administrator-block error, allowed pages
 * load, and the browser reports DNS over HTTPS turned off on chrome://policy. Every host name is
 * mapped to a loopback page server; the machine needs no internet.
 */
class ChromiumPolicyTest {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  static final Path POLICIES = Path.of("/etc/chromium/policies/managed");

  @TempDir static Path profile;
  static HttpServer pages;
  static ChromeDriver browser;
  static Path policy;

  @BeforeAll
  static void start() throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
        "chromium and chromium-driver are not installed (.ci/run installs them): skipping the browser test");
    try {
      Files.createDirectories(POLICIES);
    } catch (IOException e) {
      // fall through to the writability check
    }
    assumeTrue(Files.isWritable(POLICIES),
        POLICIES + " is not writable (the test writes Chromium's managed policy there; CI runs as root): skipping");
    policy = POLICIES.resolve("vern-test-" + UUID.randomUUID() + ".json");
    Files.writeString(policy, Fixture.export(Format.CHROME, Fixture.policy("pupils-primary")));

    pages = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
    pages.createContext("/", exchange -> {
      byte[] body = ("<html><head><title>loaded " + exchange.getRequestHeaders().getFirst("Host")
          + "</title></head><body>page</body></html>").getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    pages.start();

    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + profile, "--host-resolver-rules=MAP * 127.0.0.1");
    // The network log carries the net error of each load: the policy block is its own error code.
    options.setCapability("goog:loggingPrefs", java.util.Map.of("performance", "ALL"));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(DRIVER.toString())).usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
  }

  @AfterAll
  static void stop() throws IOException {
    if (browser != null) {
      browser.quit();
    }
    if (pages != null) {
      pages.stop(0);
    }
    if (policy != null) {
      Files.deleteIfExists(policy);
    }
  }

  @Test
  void aBlockedServiceFailsWithTheAdministratorBlockError() {
    assertThat(open("redchat.test")).contains("Your organization doesn’t allow you to view this site");
    assertThat(netErrors()).contains("net::ERR_BLOCKED_BY_ADMINISTRATOR");
    open("kidsgram.test");
    assertThat(netErrors()).contains("net::ERR_BLOCKED_BY_ADMINISTRATOR");
  }

  @Test
  void aSubdomainOfABlockedServiceIsBlockedToo() {
    open("www.redchat.test");
    assertThat(netErrors()).contains("net::ERR_BLOCKED_BY_ADMINISTRATOR");
  }

  @Test
  void anAllowedServiceLoads() {
    assertThat(open("mail.nordlys.test")).contains("<title>loaded mail.nordlys.test");
    assertThat(netErrors()).doesNotContain("ERR_BLOCKED_BY_ADMINISTRATOR");
  }

  @Test
  void anAllowlistedServiceBelowABlockedNameLoads() {
    assertThat(open("school.portal.test")).contains("<title>loaded school.portal.test");
  }

  @Test
  void chromiumReportsDnsOverHttpsOffOnItsPolicyPage() {
    List<String> row = policyRow("DnsOverHttpsMode");

    // name, value, source, applies to, level, status: as the policy page lays out each row
    assertThat(row).as("the DnsOverHttpsMode row of chrome://policy").startsWith(
        "DnsOverHttpsMode", "off", "Platform", "Machine", "Mandatory", "OK");
  }

  /** The first six cells of a policy's row on chrome://policy, as the browser itself reports them. */
  private static List<String> policyRow(String policy) {
    List<String> cells = java.util.Arrays.stream(policyPage().split("\n")).map(String::strip)
        .filter(c -> !c.isEmpty()).toList();
    int at = cells.indexOf(policy);
    assertThat(at).as("%s is listed on chrome://policy", policy).isNotNegative();
    return cells.subList(at, Math.min(cells.size(), at + 6));
  }

  // The policy page draws its tables inside shadow roots, which innerText does not enter.
  private static final String DEEP_TEXT = "function t(n){let s='';if(n.shadowRoot){s+=t(n.shadowRoot);}"
      + "for(const c of n.childNodes){s+=c.nodeType===3?c.textContent.trim()+'\\n':t(c);}return s;}"
      + "return t(document.body);";

  /** The text of chrome://policy once it lists Vern's policies, as the browser itself reports them. */
  private static String policyPage() {
    browser.get("chrome://policy");
    return new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> {
      Object text = ((org.openqa.selenium.JavascriptExecutor) d).executeScript(DEEP_TEXT);
      return text != null && text.toString().contains("URLBlocklist") ? text.toString() : null;
    });
  }

  /** The error texts of the loads that failed since the last call, from Chromium's network log. */
  private static String netErrors() {
    StringBuilder b = new StringBuilder();
    for (var entry : browser.manage().logs().get("performance")) {
      if (entry.getMessage().contains("Network.loadingFailed")) {
        b.append(entry.getMessage()).append('\n');
      }
    }
    return b.toString();
  }

  private String open(String host) {
    netErrors();
    browser.get("http://" + host + ":" + pages.getAddress().getPort() + "/");
    return browser.getPageSource();
  }
}
