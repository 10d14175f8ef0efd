package eu.vern.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The PDF is the print rendering of the same XHTML. It is written to {@code target/} so that a
 * person can look at it ({@code pdftoppm -png -r 60 -f 1 -l 1 target/guideline-sv.pdf page}), beside
 * the HTML it was rendered from.
 */
class PdfTest {

  private static final Path OUT = Path.of("target");

  private static Path write(String name, byte[] pdf) throws IOException {
    Files.createDirectories(OUT);
    Path file = OUT.resolve(name);
    Files.write(file, pdf);
    return file;
  }

  @Test
  void rendersTheSwedishBaselineWithÅÄÖThatAPdfReaderFinds() throws Exception {
    String html = Shipped.document(Shipped.pack("municipal-baseline")).html(ReportLanguage.SV);
    Files.createDirectories(OUT);
    Files.writeString(OUT.resolve("guideline-sv.html"), html, StandardCharsets.UTF_8);
    byte[] pdf = Pdf.render(html);
    assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    Path file = write("guideline-sv.pdf", pdf);
    String text = pdftotext(file);
    assertThat(text).contains("Kommunal grundnivå för digitala tjänster", "Målgrupper", "Tillåten",
        "Kräver beslut", "Blockerad");
  }

  @Test
  void rendersTheNorwegianStrictPackWithÆØÅ() throws Exception {
    byte[] pdf = Pdf.render(Shipped.document(Shipped.fixture("strict-with-exceptions.yaml"))
        .html(ReportLanguage.NB));
    assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    Path file = write("guideline-nb.pdf", pdf);
    String text = pdftotext(file);
    assertThat(text).contains("Søkemotorer", "Målgrupper", "Utløpt", "Nettlesere");
  }

  @Test
  void saysWhichJarIsMissingWhenTheFontIsNotOnTheClassPath() {
    assertThatThrownBy(() -> Pdf.render("<html xmlns=\"http://www.w3.org/1999/xhtml\"/>", "no/such/fonts/"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("DejaVuSans.ttf")
        .hasMessageContaining("net.sf.jasperreports:jasperreports-fonts");
  }

  /** The PDF's text as Debian's poppler-utils reads it; the test is skipped where it is missing. */
  private static String pdftotext(Path pdf) throws Exception {
    boolean installed = Files.isExecutable(Path.of("/usr/bin/pdftotext"));
    assumeTrue(installed, "pdftotext (poppler-utils) is not installed");
    Path txt = pdf.resolveSibling(pdf.getFileName() + ".txt");
    Process p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), txt.toString())
        .redirectErrorStream(true).start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isZero();
    return Files.readString(txt, StandardCharsets.UTF_8);
  }
}
