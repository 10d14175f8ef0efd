package eu.vern.enforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every exporter's output for the fixture, byte for byte. After an intended change, regenerate
 * the files with {@code ./mvnw -pl vern-enforce test -Dtest=GoldenFilesTest
 * -Dvern.golden.update=true} and review the diff.
 */
class GoldenFilesTest {

  static final Path GOLDEN = Path.of("src/test/resources/golden");
  static final boolean UPDATE = Boolean.getBoolean("vern.golden.update");

  record Case(String file, Format format, List<String> audiences, ExportOptions options) {
    @Override
    public String toString() {
      return file;
    }
  }

  static List<Case> cases() {
    List<Case> cases = new ArrayList<>();
    for (Format f : Format.values()) {
      cases.add(new Case("pupils-primary/" + f.fileName(), f, List.of("pupils-primary"), ExportOptions.defaults()));
      if (f.scope() == Format.Scope.CLIENTS_TOLD_APART) {
        cases.add(new Case("all/" + f.fileName(), f, List.of(), ExportOptions.defaults()));
      }
    }
    ExportOptions blockPage = ExportOptions.defaults().withBlockAddress("192.0.2.10");
    for (Format f : List.of(Format.RPZ, Format.UNBOUND, Format.DNSMASQ, Format.HOSTS)) {
      cases.add(new Case("block-page/" + f.fileName(), f, List.of("staff"), blockPage));
    }
    ExportOptions ownDoh = ExportOptions.defaults().withDohTemplate("https://doh.testby.test/dns-query{?dns}");
    for (Format f : List.of(Format.CHROME, Format.FIREFOX)) {
      cases.add(new Case("own-doh/" + f.fileName(), f, List.of("pupils-primary"), ownDoh));
    }
    cases.add(new Case("web-filter/" + Format.APPLE_APPS.fileName(), Format.APPLE_APPS, List.of("pupils-primary"),
        ExportOptions.defaults().withAppleWebFilter(true)));
    return cases;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void eachExporterWritesExactlyTheGoldenFile(Case c) throws IOException {
    String actual = Fixture.export(c.format(), Fixture.policy(c.audiences().toArray(String[]::new)), c.options());
    Path file = GOLDEN.resolve(c.file());
    if (UPDATE) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    assertThat(file).as("golden file %s; regenerate with -Dvern.golden.update=true", file).exists();
    assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }
}
