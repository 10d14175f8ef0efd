package eu.vern.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Every public type is a promise (decision 0005): this pins the module's public top-level types. */
class PublicSurfaceTest {

  @Test
  void onlyTheDocumentItsLanguagesAndThePdfRendererArePublic() {
    var publicTypes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("eu.vern.report")
        .stream()
        .filter(c -> c.getModifiers().contains(JavaModifier.PUBLIC) && c.isTopLevelClass())
        .map(JavaClass::getSimpleName)
        .toList();
    assertThat(publicTypes).containsExactlyInAnyOrder("GuidelineDocument", "Pdf", "ReportLanguage");
  }
}
