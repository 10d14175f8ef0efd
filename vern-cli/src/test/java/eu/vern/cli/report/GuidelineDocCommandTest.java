package eu.vern.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import eu.vern.cli.Cli;
import eu.vern.cli.ExitCode;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

class GuidelineDocCommandTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @TempDir Path dir;

  private static Document parse(Path html) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    return f.newDocumentBuilder().parse(new InputSource(new StringReader(
        Files.readString(html, StandardCharsets.UTF_8))));
  }

  @Test
  void writesTheSwedishDocumentAsHtmlAndPdf() throws Exception {
    Path html = dir.resolve("riktlinje.html");
    Path pdf = dir.resolve("riktlinje.pdf");
    Cli r = Cli.run("guideline-doc", "--lang", "sv", "--html", html.toString(), "--pdf",
        pdf.toString(), "--as-of", "2026-11-24");
    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCode.OK);
    assertThat(r.out()).contains("Sparade " + html).contains("Sparade " + pdf);
    Document doc = parse(html);
    assertThat(doc.getDocumentElement().getAttribute("lang")).isEqualTo("sv");
    assertThat(doc.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "h1").item(0)
        .getTextContent()).isEqualTo("Kommunal grundnivå för digitala tjänster");
    assertThat(Files.readString(html)).contains("Bedömningen gjord").contains("2026-11-24");
    byte[] bytes = Files.readAllBytes(pdf);
    assertThat(new String(bytes, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("riktlinje.html", "riktlinje.pdf");
    }
  }

  @Test
  void writesInTheGuidelinesLanguageWhenNoneIsAskedFor() throws Exception {
    Path html = dir.resolve("doc.html");
    Cli r = Cli.run("guideline-doc", "--guideline",
        ROOT.resolve("guidelines/strict-sovereignty.yaml").toString(), "--html", html.toString());
    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCode.OK);
    assertThat(parse(html).getDocumentElement().getAttribute("lang")).isEqualTo("nb");
    assertThat(r.out()).contains("Lagret " + html);
  }

  @Test
  void readsTheOrganisationsOwnAudiences() throws Exception {
    Path audiences = dir.resolve("audiences.yaml");
    Files.writeString(audiences, """
        audiences:
          - id: staff
            name: {sv: Personal, nb: Ansatte, en: Staff}
            dataCategories: [public, personal]
            networks: [10.10.0.0/16]
          - id: pupils
            name: {sv: Elever, nb: Elever, en: Pupils <all>}
            ages: {from: 6, to: 15}
            dataCategories: [public, personal]
            networks: [10.20.0.0/16]
        """);
    Path html = dir.resolve("doc.html");
    Cli r = Cli.run("guideline-doc", "--lang", "en", "--audiences", audiences.toString(),
        "--html", html.toString());
    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCode.OK);
    String text = Files.readString(html);
    assertThat(text).contains("Pupils &lt;all&gt;").contains("6–15 years")
        .doesNotContain("Primary pupils");
  }

  @Test
  void refusesAnUnknownLanguageBeforeWritingAnything() throws Exception {
    Path html = dir.resolve("doc.html");
    Cli r = Cli.run("guideline-doc", "--lang", "de", "--html", html.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.err()).contains("--lang: 'de' is not one of: sv, nb, en");
    assertThat(html).doesNotExist();
  }

  @Test
  void refusesAnOutputInADirectoryThatDoesNotExistAndWritesNoOtherOutput() throws Exception {
    Path html = dir.resolve("doc.html");
    Path pdf = dir.resolve("missing/doc.pdf");
    Cli r = Cli.run("guideline-doc", "--lang", "en", "--html", html.toString(), "--pdf", pdf.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.err()).contains("--pdf: cannot write '" + pdf + "'").contains("does not exist");
    assertThat(html).doesNotExist();
    try (var files = Files.list(dir)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void refusesAnOutputUnderAFileAndLeavesTheOldDocumentAsItWas() throws Exception {
    Path html = dir.resolve("doc.html");
    Files.writeString(html, "the board's copy");
    Path notADirectory = dir.resolve("plain-file");
    Files.writeString(notADirectory, "x");
    Cli r = Cli.run("guideline-doc", "--lang", "en", "--html", html.toString(), "--pdf",
        notADirectory.resolve("doc.pdf").toString());
    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(html).hasContent("the board's copy");
  }

  @Test
  void refusesADirectoryAsTheOutput() {
    Cli r = Cli.run("guideline-doc", "--lang", "en", "--html", dir.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.err()).contains("is a directory");
  }

  @Test
  void refusesToRunWithoutAnOutputOrWithOneFileForBoth() {
    Cli none = Cli.run("guideline-doc", "--lang", "en");
    assertThat(none.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(none.err()).contains("--html FILE, --pdf FILE");
    String same = dir.resolve("doc").toString();
    Cli both = Cli.run("guideline-doc", "--html", same, "--pdf", same);
    assertThat(both.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(both.err()).contains("the same file");
  }

  @Test
  void reportsABrokenGuidelineAsBadInputWithoutWriting() throws Exception {
    Path guideline = dir.resolve("broken.yaml");
    Files.writeString(guideline, "id: x\nrules: nope\n");
    Path html = dir.resolve("doc.html");
    Cli r = Cli.run("guideline-doc", "--guideline", guideline.toString(), "--html", html.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.err()).contains("broken.yaml");
    assertThat(html).doesNotExist();
  }
}
