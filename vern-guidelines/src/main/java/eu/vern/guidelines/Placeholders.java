package eu.vern.guidelines;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The placeholders a reason may use, filled from the service when it is assessed. */
final class Placeholders {

  static final Set<String> NAMES = Set.of(
      "service.name", "service.id", "service.kind", "vendor.name", "owner.name", "control", "data",
      "law.name", "law.jurisdiction", "audience.name", "minimumAge", "alternatives", "dataCategory");

  static final Pattern PATTERN = Pattern.compile("\\{([A-Za-z.]+)}");

  private Placeholders() {}

  /** The placeholders in {@code template} that do not exist. */
  static List<String> unknown(String template) {
    List<String> out = new ArrayList<>();
    Matcher m = PATTERN.matcher(template);
    while (m.find()) {
      if (!NAMES.contains(m.group(1))) {
        out.add(m.group(1));
      }
    }
    return out;
  }
}
