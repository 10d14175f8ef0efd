package eu.vern.enforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The example exports in docs/enforcement.md are the golden files, byte for byte, so the page an
 * operator copies from never drifts from what Vern writes. A multi-audience example is the golden
 * file under {@code all/}, a single-audience one the primary pupils' file.
 */
class DocumentedExamplesTest {

  private static final Path DOC = Fixture.REPOSITORY.resolve("docs/enforcement.md");
  private static final Pattern BLOCK = Pattern.compile("```[a-z]*\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern FORMAT = Pattern.compile("Vern enforcement export, format ([a-z-]+)\\.");

  @Test
  void everyExampleExportInTheEnforcementPageIsItsGoldenFile() throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    List<String> checked = new ArrayList<>();
    Matcher block = BLOCK.matcher(doc);
    while (block.find()) {
      String body = block.group(1);
      Matcher format = FORMAT.matcher(body.lines().findFirst().orElse(""));
      if (!format.find()) {
        continue;
      }
      Format f = java.util.Arrays.stream(Format.values()).filter(x -> x.code().equals(format.group(1)))
          .findFirst().orElseThrow();
      Path golden = GoldenFilesTest.GOLDEN.resolve(body.contains("\nAudiences: ") || body.contains(" Audiences: ")
          ? "all" : "pupils-primary").resolve(f.fileName());
      assertThat(body).as("the %s example in docs/enforcement.md is %s; copy the golden file in", f.code(), golden)
          .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
      checked.add(f.code());
    }
    assertThat(checked).containsExactlyInAnyOrder("rpz", "unbound", "squid");
  }
}
