package eu.vern.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Pins the module's public surface: a new public type must be a deliberate change. */
class PublicApiTest {

  @Test
  void theModuleExportsOnlyItsPackageAndItsPublicTypesAreThese() throws Exception {
    assertThat(Discovery.class.getModule().getDescriptor() == null
            ? List.of("eu.vern.discovery")
            : Discovery.class.getModule().getDescriptor().exports().stream()
                .map(e -> e.source()).toList())
        .containsExactly("eu.vern.discovery");
    assertThat(publicTopLevelTypes()).containsExactlyInAnyOrder(
        "Audiences", "ClientKey", "Discovery", "DiscoveryReport", "LogFormat",
        "LogFormatException", "LogSource", "Progress", "QueryMatcher", "ReportCsv", "ReportHtml",
        "ReportJson");
  }

  private static List<String> publicTopLevelTypes() throws IOException, URISyntaxException {
    Path dir = Path.of(Discovery.class.getProtectionDomain().getCodeSource().getLocation().toURI())
        .resolve("eu/vern/discovery");
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".class") && !n.contains("$") && !n.equals("package-info.class"))
          .map(n -> n.substring(0, n.length() - ".class".length()))
          .filter(n -> {
            try {
              return Modifier.isPublic(Class.forName("eu.vern.discovery." + n).getModifiers());
            } catch (ClassNotFoundException e) {
              throw new IllegalStateException(e);
            }
          })
          .toList();
    }
  }
}
