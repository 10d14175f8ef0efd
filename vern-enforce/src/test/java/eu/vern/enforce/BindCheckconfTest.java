package eu.vern.enforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * BIND's own checker ({@code named-checkconf -z}, which also loads the zone files) accepts both
 * forms of the {@code bind} export with the RPZ export as their zones: one audience, with the
 * {@code response-policy} line its header gives added to {@code options}, and every audience in
 * views. {@code CnameAliasTest} runs the first form in a real BIND.
 */
class BindCheckconfTest {

  @TempDir Path dir;

  @BeforeEach
  void bindInstalled() {
    Bind.assumeInstalled();
  }

  @Test
  void oneAudienceWithTheResponsePolicyLineFromItsHeaderIsAccepted() throws Exception {
    ExportOptions options = ExportOptions.defaults().withZoneDirectory(dir.toString());
    Policy pupils = Fixture.policy("pupils-primary");
    Files.writeString(dir.resolve("vern-pupils-primary.rpz"), Fixture.export(Format.RPZ, pupils, options));
    String conf = Fixture.export(Format.BIND, pupils, options);
    String marker = "// Add to the options { } block:";
    String line = conf.lines().filter(l -> l.startsWith(marker)).findFirst().orElseThrow()
        .substring(marker.length()).strip();
    assertThat(line).isEqualTo("response-policy { zone \"rpz.vern\"; } break-dnssec yes;");
    Files.writeString(dir.resolve("vern.conf"), conf);
    Files.writeString(dir.resolve("named.conf"), "options {\n  directory \"" + dir + "\";\n  " + line + "\n};\n"
        + "include \"" + dir.resolve("vern.conf") + "\";\n");
    Daemon.run(List.of(Bind.CHECKCONF.toString(), "-z", dir.resolve("named.conf").toString()), dir);
  }

  @Test
  void everyAudienceInItsOwnViewIsAccepted() throws Exception {
    ExportOptions options = ExportOptions.defaults().withZoneDirectory(dir.toString());
    for (String audience : List.of("staff", "pupils-primary")) {
      Files.writeString(dir.resolve("vern-" + audience + ".rpz"),
          Fixture.export(Format.RPZ, Fixture.policy(audience), options));
    }
    String conf = Fixture.export(Format.BIND, Fixture.policy(), options);
    assertThat(conf).contains("response-policy { zone \"rpz.vern\"; } break-dnssec yes;");
    Files.writeString(dir.resolve("vern.conf"), conf);
    Files.writeString(dir.resolve("named.conf"), "options {\n  directory \"" + dir + "\";\n};\n"
        + "include \"" + dir.resolve("vern.conf") + "\";\n");
    Daemon.run(List.of(Bind.CHECKCONF.toString(), "-z", dir.resolve("named.conf").toString()), dir);
  }
}
