package eu.vern.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Every export is a promise: this pins the module's public packages. */
class ModuleExportsTest {

  @Test
  void exportsOnlyTheModelAndTheJsonForm() throws IOException, URISyntaxException {
    Path classes = Path.of(Catalog.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
      ModuleDescriptor descriptor = ModuleDescriptor.read(in);
      assertThat(descriptor.name()).isEqualTo("eu.vern.catalog");
      assertThat(descriptor.exports())
          .extracting(ModuleDescriptor.Exports::source)
          .containsExactlyInAnyOrder("eu.vern.catalog", "eu.vern.catalog.json", "eu.vern.catalog.yaml");
      assertThat(descriptor.exports()).filteredOn(ModuleDescriptor.Exports::isQualified)
          .singleElement().satisfies(e -> {
            assertThat(e.source()).isEqualTo("eu.vern.catalog.yaml");
            assertThat(e.targets()).containsExactly("eu.vern.guidelines");
          });
    }
  }
}
