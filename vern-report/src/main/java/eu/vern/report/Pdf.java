package eu.vern.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Renders the XHTML documents of this module as PDF (A4, with page numbers), embedding DejaVu
 * Sans so that å, ä, ö, æ and ø print on any machine. The font comes from a jar on the class path
 * ({@code net.sf.jasperreports:jasperreports-fonts}), not from the system.
 */
public final class Pdf {

  /** Where the fonts live inside their jar. */
  static final String FONTS = "net/sf/jasperreports/fonts/dejavu/";

  private record Face(String file, String family, int weight, FontStyle style) {}

  private static final List<Face> FACES = List.of(
      new Face("DejaVuSans.ttf", "DejaVu Sans", 400, FontStyle.NORMAL),
      new Face("DejaVuSans-Bold.ttf", "DejaVu Sans", 700, FontStyle.NORMAL),
      new Face("DejaVuSans-Oblique.ttf", "DejaVu Sans", 400, FontStyle.ITALIC),
      new Face("DejaVuSans-BoldOblique.ttf", "DejaVu Sans", 700, FontStyle.ITALIC),
      new Face("DejaVuSansMono.ttf", "DejaVu Sans Mono", 400, FontStyle.NORMAL),
      new Face("DejaVuSansMono-Bold.ttf", "DejaVu Sans Mono", 700, FontStyle.NORMAL));

  /**
   * PDFBox warns on every run that it stands in for the standard Helvetica and ZapfDingbats, which
   * the renderer sets up but this document never uses (every text is in an embedded DejaVu face).
   * Held here so that the logger, and so its level, is not collected.
   */
  private static final Logger STANDARD_FONTS =
      Logger.getLogger("org.apache.pdfbox.pdmodel.font.PDType1Font");

  static {
    // The renderer logs every font it loads and every page it lays out to standard error; a
    // command's output is for its user.
    XRLog.setLoggingEnabled(false);
    STANDARD_FONTS.setLevel(Level.SEVERE);
  }

  private Pdf() {}

  /**
   * The PDF of {@code xhtml}, a well-formed document such as {@link GuidelineDocument#html}
   * writes.
   *
   * @throws IllegalStateException when the fonts are missing from the class path
   */
  public static byte[] render(String xhtml) {
    return render(xhtml, FONTS);
  }

  static byte[] render(String xhtml, String fontDirectory) {
    ClassLoader loader = Pdf.class.getClassLoader();
    for (Face face : FACES) {
      if (loader.getResource(fontDirectory + face.file()) == null) {
        throw new IllegalStateException("The PDF font " + face.file() + " is missing: Vern embeds "
            + "DejaVu Sans from net.sf.jasperreports:jasperreports-fonts, which must be on the class "
            + "path (looked for " + fontDirectory + face.file() + ")");
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(512 * 1024);
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.usePdfUaAccessibility(true);
    builder.withProducer("Vern");
    for (Face face : FACES) {
      String resource = fontDirectory + face.file();
      builder.useFont(() -> open(loader, resource), face.family(), face.weight(), face.style(), true);
    }
    builder.withHtmlContent(xhtml, null);
    builder.toStream(out);
    try {
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException("could not render the PDF", e);
    }
    return out.toByteArray();
  }

  private static InputStream open(ClassLoader loader, String resource) {
    InputStream in = loader.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("The PDF font " + resource + " is missing from the class path");
    }
    return in;
  }
}
