package eu.vern.catalog.yaml;

import eu.vern.catalog.Coded;
import eu.vern.catalog.Fact;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads the fields of one YAML mapping, reporting every type error, missing field and unknown
 * field with its position, and remembering where each field stood for later cross-checks.
 */
public final class MapReader {

  public static final String UNKNOWN = "unknown";

  private final YamlDocument doc;
  private final String prefix;
  private final Mark mark;
  private final Map<String, NodeTuple> fields = new LinkedHashMap<>();
  private final Map<String, Mark> marks;

  private MapReader(
      YamlDocument doc, MappingNode node, String prefix, Set<String> allowed, Map<String, Mark> marks) {
    this.doc = doc;
    this.prefix = prefix;
    this.mark = node.getStartMark();
    this.marks = marks;
    for (NodeTuple tuple : node.getValue()) {
      Node keyNode = tuple.getKeyNode();
      if (!(keyNode instanceof ScalarNode key)) {
        doc.problem(keyNode.getStartMark(), prefix, "a field name must be plain text");
        continue;
      }
      String name = key.getValue();
      if (fields.containsKey(name)) {
        doc.problem(key.getStartMark(), prefix + name, "the field is given twice");
        continue;
      }
      fields.put(name, tuple);
      marks.put(prefix + name, tuple.getValueNode().getStartMark());
      if (!allowed.contains(name)) {
        String hint =
            name.contains(" ")
                ? " (a comma inside {...} starts a new field: put the value in quotes)"
                : "";
        doc.problem(
            key.getStartMark(),
            prefix + name,
            "unknown field; expected one of: " + String.join(", ", allowed) + hint);
      }
    }
  }

  /** A reader for the top-level mapping of {@code doc}, or null (reported) when it is not one. */
  public static @Nullable MapReader root(YamlDocument doc, Set<String> allowed, Map<String, Mark> marks) {
    Node root = doc.root();
    if (root == null) {
      return null;
    }
    if (!(root instanceof MappingNode map)) {
      doc.problem(root.getStartMark(), "", "expected a mapping of fields (name: value)");
      return null;
    }
    return new MapReader(doc, map, "", allowed, marks);
  }

  public Mark mark() {
    return mark;
  }

  public Map<String, Mark> marks() {
    return marks;
  }

  public String path(String key) {
    return prefix + key;
  }

  public boolean has(String key) {
    NodeTuple t = fields.get(key);
    return t != null && !isNull(t.getValueNode());
  }

  /** The value node of {@code key}, or null when absent or written as an empty value. */
  public @Nullable Node node(String key) {
    NodeTuple t = fields.get(key);
    return t == null || isNull(t.getValueNode()) ? null : t.getValueNode();
  }

  public Mark markOf(String key) {
    Node n = node(key);
    return n == null ? mark : n.getStartMark();
  }

  public void problem(String key, String message) {
    doc.problem(markOf(key), path(key), message);
  }

  public void problemAt(Node node, String key, String message) {
    doc.problem(node.getStartMark(), path(key), message);
  }

  /** Whether the field is written as {@code unknown}. */
  public boolean isUnknown(String key) {
    return node(key) instanceof ScalarNode s && UNKNOWN.equals(s.getValue());
  }

  /** A required text field; reports and returns "" when missing or not text. */
  public String text(String key) {
    String value = optionalText(key);
    if (value == null) {
      if (!has(key)) {
        problem(key, "missing required field");
      }
      return "";
    }
    return value;
  }

  public @Nullable String optionalText(String key) {
    Node n = node(key);
    if (n == null) {
      return null;
    }
    if (n instanceof ScalarNode s) {
      String v = s.getValue().strip();
      if (v.isEmpty()) {
        return null;
      }
      return v;
    }
    problemAt(n, key, "expected text, found " + describe(n));
    return null;
  }

  public boolean bool(String key) {
    String v = text(key);
    return switch (v.toLowerCase(Locale.ROOT)) {
      case "true", "yes" -> true;
      case "false", "no" -> false;
      case "" -> false;
      default -> {
        problem(key, "expected true or false, found '" + v + "'");
        yield false;
      }
    };
  }

  /** An enum field; {@code missing} is returned (without a problem) when the field is absent. */
  public <E extends Enum<E> & Coded> E code(String key, Class<E> type, @Nullable E missing) {
    return code(key, type, missing, type.getEnumConstants()[0]);
  }

  /**
   * An enum field; a missing field is reported when {@code missing} is null, and {@code fallback}
   * stands in for a bad value so that later checks do not report consequences of the same error.
   */
  public <E extends Enum<E> & Coded> E code(String key, Class<E> type, @Nullable E missing, E fallback) {
    String v = optionalText(key);
    if (v == null) {
      if (missing == null && !has(key)) {
        problem(key, "missing required field; expected one of: " + Coded.codes(type));
      }
      return missing != null ? missing : fallback;
    }
    E e = Coded.parse(type, v.toLowerCase(Locale.ROOT));
    if (e == null) {
      problem(key, "'" + v + "' is not one of: " + Coded.codes(type));
      return missing != null ? missing : fallback;
    }
    return e;
  }

  /** A list of texts; absent means empty. */
  public List<String> texts(String key) {
    return texts(key, v -> null);
  }

  /**
   * A list of texts, each checked by {@code check}, which returns what is wrong with an item or
   * null; a wrong item is reported at its own line and left out.
   */
  public List<String> texts(String key, Function<String, @Nullable String> check) {
    List<String> out = new ArrayList<>();
    for (Node item : items(key)) {
      if (item instanceof ScalarNode s && !s.getValue().isBlank()) {
        String v = s.getValue().strip();
        String problem = check.apply(v);
        if (problem == null) {
          out.add(v);
        } else {
          problemAt(item, key, problem);
        }
      } else {
        problemAt(item, key, "expected a text item in the list, found " + describe(item));
      }
    }
    return out;
  }

  /** A list fact: absent or {@code unknown} is unknown, a list is known. */
  public Fact<List<String>> factTexts(String key) {
    if (!has(key) || isUnknown(key)) {
      return Fact.unknown();
    }
    Node n = node(key);
    if (n instanceof ScalarNode) {
      problem(key, "expected a list or 'unknown'");
      return Fact.unknown();
    }
    return Fact.known(texts(key));
  }

  /**
   * An integer fact: absent or {@code unknown} is unknown; {@code none} is 0 when {@code
   * noneAllowed}.
   */
  public Fact<Integer> factAge(String key, boolean noneAllowed) {
    String v = optionalText(key);
    if (v == null || v.equals(UNKNOWN)) {
      return Fact.unknown();
    }
    if (noneAllowed && v.equals("none")) {
      return Fact.known(0);
    }
    try {
      int age = Integer.parseInt(v);
      if (age < 0 || age > 99) {
        problem(key, "an age must be between 0 and 99, found " + age);
        return Fact.unknown();
      }
      return Fact.known(age);
    } catch (NumberFormatException e) {
      problem(
          key,
          "expected an age in years"
              + (noneAllowed ? ", 'none'" : "")
              + " or 'unknown', found '"
              + v
              + "'");
      return Fact.unknown();
    }
  }

  /** A required date written YYYY-MM-DD; reports and returns null when missing or malformed. */
  public @Nullable LocalDate date(String key) {
    String v = text(key);
    if (v.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      problem(key, "'" + v + "' is not a date; write it as YYYY-MM-DD");
      return null;
    }
  }

  /** An http(s) URL; reports and returns null when malformed (or when required and missing). */
  public @Nullable URI url(String key, boolean required) {
    String v = required ? text(key) : optionalText(key);
    if (v == null || v.isEmpty()) {
      return null;
    }
    try {
      URI uri = new URI(v);
      boolean web = "https".equals(uri.getScheme()) || "http".equals(uri.getScheme());
      if (!web || uri.getHost() == null) {
        problem(key, "'" + v + "' is not an http(s) URL");
        return null;
      }
      return uri;
    } catch (URISyntaxException e) {
      problem(key, "'" + v + "' is not a valid URL: " + e.getReason());
      return null;
    }
  }

  /** A nested mapping, or null when absent (or reported when it is not a mapping). */
  public @Nullable MapReader map(String key, Set<String> nestedAllowed) {
    Node n = node(key);
    if (n == null) {
      return null;
    }
    if (!(n instanceof MappingNode m)) {
      problemAt(n, key, "expected a mapping of fields, found " + describe(n));
      return null;
    }
    return new MapReader(doc, m, path(key) + ".", nestedAllowed, marks);
  }

  /** The items of a list of mappings; absent means empty. */
  public List<MapReader> maps(String key, Set<String> itemAllowed) {
    List<MapReader> out = new ArrayList<>();
    for (Node item : items(key)) {
      if (item instanceof MappingNode m) {
        out.add(new MapReader(doc, m, path(key) + ".", itemAllowed, new HashMap<>()));
      } else {
        problemAt(item, key, "expected a mapping in the list, found " + describe(item));
      }
    }
    return out;
  }

  /** The items of a list field; absent means none, anything but a list is reported. */
  private List<Node> items(String key) {
    Node n = node(key);
    if (n == null) {
      return List.of();
    }
    if (!(n instanceof SequenceNode seq)) {
      problemAt(n, key, "expected a list, found " + describe(n));
      return List.of();
    }
    return seq.getValue();
  }

  private static boolean isNull(Node n) {
    return n instanceof ScalarNode s && Tag.NULL.equals(s.getTag());
  }

  private static String describe(Node n) {
    return switch (n) {
      case ScalarNode s -> "'" + s.getValue() + "'";
      case SequenceNode ignored -> "a list";
      case MappingNode ignored -> "a mapping";
      default -> "something else";
    };
  }
}
