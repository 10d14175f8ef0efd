package eu.vern.catalog.yaml;

import eu.vern.catalog.Problem;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * One YAML file read into SnakeYAML's node tree, which keeps the line and column of every value so
 * that each problem can point at the exact place.
 */
public final class YamlDocument {

  /**
   * Vern reads every scalar as text and converts it itself, so the only implicit type it needs is
   * null; SnakeYAML's default resolver runs a set of regular expressions on each scalar (booleans,
   * numbers, timestamps), a fifth of the catalog's load time. It is read-only after construction,
   * so one instance serves every thread.
   */
  private static final Resolver NULL_ONLY =
      new Resolver() {
        @Override
        protected void addImplicitResolvers() {
          addImplicitResolver(Tag.NULL, Resolver.NULL, "~nN\0");
          addImplicitResolver(Tag.NULL, Resolver.EMPTY, null);
        }
      };

  private final String displayName;
  private final List<String> lines;
  private final @Nullable Node root;
  private final Problems problems;

  private YamlDocument(
      String displayName, List<String> lines, @Nullable Node root, Problems problems) {
    this.displayName = displayName;
    this.lines = lines;
    this.root = root;
    this.problems = problems;
  }

  /** Reads and parses {@code file}; a syntax error is reported and yields a document without root. */
  public static YamlDocument read(Path file, String displayName, Problems problems) {
    String text;
    try {
      byte[] bytes = Files.readAllBytes(file);
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .decode(java.nio.ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      problems.add(displayName, "", "the file is not valid UTF-8 text");
      return new YamlDocument(displayName, List.of(), null, problems);
    } catch (IOException e) {
      problems.add(displayName, "", "cannot read the file: " + e.getMessage());
      return new YamlDocument(displayName, List.of(), null, problems);
    }
    List<String> lines = text.lines().toList();
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(20);
    options.setAllowRecursiveKeys(false);
    options.setCodePointLimit(2 * 1024 * 1024);
    YamlDocument doc = new YamlDocument(displayName, lines, null, problems);
    try {
      Node root =
          new Composer(new ParserImpl(new StreamReader(text), options), NULL_ONLY, options)
              .getSingleNode();
      if (root == null) {
        doc.problem(null, "", "the file is empty");
        return doc;
      }
      return new YamlDocument(displayName, lines, root, problems);
    } catch (MarkedYAMLException e) {
      String what = e.getProblem() == null ? "malformed YAML" : e.getProblem();
      doc.problem(e.getProblemMark(), "", "malformed YAML: " + what);
      return doc;
    } catch (YAMLException e) {
      doc.problem(null, "", "malformed YAML: " + e.getMessage());
      return doc;
    }
  }

  /** How {@code path} is named in messages: relative to the working directory when inside it. */
  public static String display(Path path) {
    Path abs = path.toAbsolutePath().normalize();
    Path cwd = Path.of("").toAbsolutePath();
    return abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
  }

  public String name() {
    return displayName;
  }

  public @Nullable Node root() {
    return root;
  }

  /** The text of line {@code oneBased}, or "" beyond the end. */
  public String line(int oneBased) {
    return oneBased >= 1 && oneBased <= lines.size() ? lines.get(oneBased - 1) : "";
  }

  /** Reports a problem at a 1-based line and column of the file. */
  public void problemAt(int line, int column, String field, String message) {
    problems.add(new Problem(displayName, line, column, field, message, line(line)));
  }

  /** Reports a problem at {@code mark} (or at the top of the file when null). */
  public void problem(@Nullable Mark mark, String field, String message) {
    if (mark == null) {
      problems.add(new Problem(displayName, 0, 0, field, message, ""));
      return;
    }
    int line = mark.getLine() + 1;
    String text = line - 1 < lines.size() ? lines.get(line - 1) : "";
    problems.add(new Problem(displayName, line, mark.getColumn() + 1, field, message, text));
  }
}
