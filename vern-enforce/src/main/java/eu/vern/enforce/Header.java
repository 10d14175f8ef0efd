package eu.vern.enforce;

import eu.vern.guidelines.Audience;
import eu.vern.guidelines.Verdict;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The lines every export starts with: which guideline and catalog produced it, for whom, and
 * when. Values come from files people edit, so every control character becomes a space: a line
 * break in a guideline's name must not end a comment and start a zone record.
 */
final class Header {

  private Header() {}

  static List<String> lines(Policy policy, Format format) {
    Provenance p = policy.provenance();
    List<String> lines = new ArrayList<>();
    lines.add("Vern enforcement export, format " + format.code() + ". Do not edit: regenerate it with"
        + " `vern export " + format.code() + "` or pull it from the feed.");
    lines.add("Guideline: " + p.guideline() + " " + p.guidelineVersion() + ", \"" + p.guidelineName()
        + "\" (" + p.organisation() + ")");
    lines.add("Catalog: " + p.catalog() + " " + p.catalogVersion());
    lines.add((policy.audiences().size() == 1 ? "Audience: " : "Audiences: ")
        + policy.audiences().stream().map(b -> audience(b.audience())).collect(Collectors.joining(", ")));
    lines.add("Enforces: " + p.enforced().stream().map(Verdict::code).collect(Collectors.joining(", "))
        + " (guidance never blocks); assessed as of " + p.asOf() + " for " + p.dataCategory().code()
        + " data");
    lines.add("Generated: " + p.generated());
    if (format.blocksApps()) {
      lines.addAll(AppExports.coverage(policy.only(), format));
    } else {
      int names = 0;
      int services = 0;
      for (Blocklist b : policy.audiences()) {
        names += b.blockedNames();
        services += b.blockedByName().size();
      }
      lines.add("Blocked: " + names + (names == 1 ? " name" : " names") + " of " + services
          + (services == 1 ? " service" : " services")
          + (policy.audiences().size() == 1 ? "" : " (counted per audience)"));
    }
    List<String> clean = new ArrayList<>(lines.size());
    for (String l : lines) {
      clean.add(clean(l));
    }
    return clean;
  }

  static void write(Writer out, String prefix, Policy policy, Format format) throws IOException {
    for (String line : lines(policy, format)) {
      out.write(prefix);
      out.write(line);
      out.write('\n');
    }
  }

  static String audience(Audience a) {
    return a.id() + " (" + a.name().en() + ")";
  }

  /** {@code s} with every control character (line breaks included) replaced by a space. */
  static String clean(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029' || c == '\u0085') {
        if (b == null) {
          b = new StringBuilder(s.substring(0, i));
        }
        b.append(' ');
      } else if (b != null) {
        b.append(c);
      }
    }
    return b == null ? s : b.toString();
  }

  /** A one-line comment about a service: "redchat (RedChat): block, rule intelligence-law". */
  static String about(Blocklist.Entry e) {
    return clean(e.service() + " (" + e.name() + "): " + e.verdict().code() + ", " + e.because());
  }
}
