package eu.vern.enforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Debian's real Squid ({@code squid -k parse}) accepts every Squid configuration Vern generates. */
class SquidParseTest {

  static final Path SQUID = Path.of("/usr/sbin/squid");

  @TempDir Path dir;

  record Parsed(int exitCode, String output) {}

  @BeforeAll
  static void squidIsInstalled() {
    assumeTrue(Files.isExecutable(SQUID),
        "Squid is not installed (apt-get install squid; .ci/run does this): skipping the squid -k parse test");
  }

  @Test
  void squidRefusesABrokenConfigurationSoTheOtherTestsMeanSomething() throws Exception {
    Parsed p = parse("acl vern_blocked dstdomain\nhttp_access deny vern_nothing_named_so\n");
    assertThat(p.exitCode()).as(p.output()).isNotZero();
  }

  @Test
  void squidAcceptsTheAclFileWithTheLinesItsHeaderSuggests() throws Exception {
    Path acl = dir.resolve("vern-blocked.acl");
    Files.writeString(acl, Fixture.export(Format.SQUID_ACL, Fixture.policy("pupils-primary")));
    Parsed p = parse("acl vern_blocked dstdomain \"" + acl + "\"\n"
        + "acl vern_passes dstdomain .school.portal.test\n"
        + "http_access deny vern_blocked !vern_passes\n");
    assertClean(p);
    assertThat(Files.readString(acl)).contains("#   http_access deny vern_blocked !vern_passes");
  }

  @Test
  void squidAcceptsTheOneAudienceFragment() throws Exception {
    Parsed p = include(Fixture.export(Format.SQUID, Fixture.policy("staff")));
    assertClean(p);
    assertThat(p.output()).contains("http_access deny vern_blocked !vern_passes");
  }

  @Test
  void squidAcceptsThePerAudienceFragmentForTheShippedCatalogAndAudiences() throws Exception {
    var shipped = Fixture.assessor(Fixture.REPOSITORY.resolve("catalog"),
        Fixture.REPOSITORY.resolve("guidelines/municipal-baseline.yaml"),
        Fixture.REPOSITORY.resolve("guidelines/audiences.yaml"));
    Parsed p = include(Fixture.export(Format.SQUID, Fixture.policy(shipped)));
    assertClean(p);
    assertThat(p.output()).contains("acl vern_src_staff src 10.10.0.0/16")
        .contains("http_access deny vern_src_pupils-primary vern_blocked_pupils-primary");
  }

  private Parsed include(String fragment) throws IOException, InterruptedException {
    Path file = dir.resolve("vern.conf");
    Files.writeString(file, fragment);
    return parse("include " + file + "\n");
  }

  private Parsed parse(String middle) throws IOException, InterruptedException {
    Path conf = dir.resolve("squid.conf");
    Files.writeString(conf, "http_port 127.0.0.1:3128\n" + middle
        + "http_access allow localhost\nhttp_access deny all\ncache deny all\n", StandardCharsets.UTF_8);
    Process p = new ProcessBuilder(SQUID.toString(), "-k", "parse", "-f", conf.toString())
        .redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Parsed(p.exitValue(), out);
  }

  private static void assertClean(Parsed p) {
    assertThat(p.exitCode()).as(p.output()).isZero();
    assertThat(p.output()).as("squid's complaints").doesNotContainPattern("(?i)(FATAL|ERROR|WARNING)");
  }
}
