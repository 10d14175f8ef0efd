package eu.vern.cli.report;

import eu.vern.cli.BadInputException;
import eu.vern.cli.ExitCode;
import eu.vern.cli.GuidelineOptions;
import eu.vern.guidelines.Assessor;
import eu.vern.report.GuidelineDocument;
import eu.vern.report.Pdf;
import eu.vern.report.ReportLanguage;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vern guideline-doc}: the document a board reads when the office reports back on a
 * guideline — its rules in plain language, what they decide today for every audience, the
 * exceptions and the alternatives to blocked services — as accessible HTML and, from the same
 * document, as PDF. Every output is checked before any work starts and written whole or not at
 * all.
 */
@Command(
    name = "guideline-doc",
    mixinStandardHelpOptions = true,
    description = "Write the guideline document for the board: the rules in plain language, what they "
        + "decide today for each audience, exceptions and alternatives (HTML and PDF).")
public final class GuidelineDocCommand implements Callable<Integer> {

  @Mixin GuidelineOptions options = new GuidelineOptions();

  @Option(names = "--lang", paramLabel = "sv|nb|en",
      description = "Language of the document (default: the guideline's language).")
  @Nullable String lang;

  @Option(names = "--html", paramLabel = "FILE", description = "Write the document as HTML.")
  @Nullable Path html;

  @Option(names = "--pdf", paramLabel = "FILE", description = "Write the document as PDF.")
  @Nullable Path pdf;

  @Spec CommandSpec spec = CommandSpec.create();

  @Override
  public Integer call() {
    if (html == null && pdf == null) {
      throw new BadInputException("name where to write the document: --html FILE, --pdf FILE or both");
    }
    ReportLanguage asked = lang == null ? null : language(lang);
    List<Output> outputs = new ArrayList<>();
    if (html != null) {
      outputs.add(Output.check("--html", html));
    }
    if (pdf != null) {
      outputs.add(Output.check("--pdf", pdf));
    }
    if (outputs.size() == 2 && outputs.get(0).file().equals(outputs.get(1).file())) {
      throw new BadInputException("--html and --pdf name the same file '" + html + "'; give two files");
    }
    Assessor assessor = options.assessor();
    ReportLanguage language = asked != null ? asked
        : ReportLanguage.parse(assessor.guideline().info().language()).orElse(ReportLanguage.EN);
    LocalDate day = LocalDate.now(options.clock());
    String xhtml = GuidelineDocument.prepare(assessor, day).html(language);
    List<byte[]> contents = new ArrayList<>();
    if (html != null) {
      contents.add(xhtml.getBytes(StandardCharsets.UTF_8));
    }
    if (pdf != null) {
      contents.add(Pdf.render(xhtml));
    }
    Output.writeAll(outputs, contents);
    PrintWriter out = spec.commandLine().getOut();
    ResourceBundle words = ResourceBundle.getBundle("eu.vern.cli.report.messages",
        Locale.of(language.code()),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    for (Output o : outputs) {
      out.println(words.getString("written").replace("{0}", o.shown().toString()));
    }
    return ExitCode.OK;
  }

  private static ReportLanguage language(String code) {
    return ReportLanguage.parse(code).orElseThrow(() ->
        new BadInputException("--lang: '" + code + "' is not one of: sv, nb, en"));
  }
}
