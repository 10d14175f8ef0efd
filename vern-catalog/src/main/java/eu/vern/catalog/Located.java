package eu.vern.catalog;

import eu.vern.catalog.yaml.YamlDocument;
import java.util.Map;
import org.yaml.snakeyaml.error.Mark;

/** A loaded entry with the document it came from and where each of its fields stood. */
record Located<T>(T entry, YamlDocument doc, Map<String, Mark> marks) {

  void problem(String field, String message) {
    Mark mark = marks.get(field);
    if (mark == null) {
      // A nested field that was absent: point at its parent, or at the top of the entry.
      int dot = field.lastIndexOf('.');
      mark = dot > 0 ? marks.get(field.substring(0, dot)) : null;
    }
    doc.problem(mark, field, message);
  }
}
