package eu.vern.enforce;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Every public type is a promise (decision 0005): this pins the module's public top-level types. */
class PublicSurfaceTest {

  @Test
  void onlyThePolicyModelTheFormatsTheExporterTheFeedServerAndTheResolverDoctorArePublic() {
    var publicTypes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("eu.vern.enforce")
        .stream()
        .filter(c -> c.getModifiers().contains(JavaModifier.PUBLIC) && c.isTopLevelClass())
        .map(JavaClass::getFullName)
        .toList();
    assertThat(publicTypes).containsExactlyInAnyOrder(
        "eu.vern.enforce.Blocklist", "eu.vern.enforce.ExportOptions", "eu.vern.enforce.Exports",
        "eu.vern.enforce.Format", "eu.vern.enforce.Policy", "eu.vern.enforce.Provenance",
        "eu.vern.enforce.feed.FeedServer", "eu.vern.enforce.feed.FeedSettings",
        "eu.vern.enforce.feed.PolicySource",
        // vern doctor (issue 13): the CLI asks and renders; what it asks and finds is the API.
        "eu.vern.enforce.doctor.ResolverDoctor", "eu.vern.enforce.doctor.DoctorReport",
        "eu.vern.enforce.doctor.Finding", "eu.vern.enforce.doctor.Answer");
  }
}
