package eu.vern.discovery;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A {@link DiscoveryReport} as one self-contained HTML page a manager can read: ranked tables with
 * captions and header cells, verdicts as text labels (colour only repeats the text), and usage
 * over time as an inline SVG chart with a title, a description and the same numbers in a table.
 */
public final class ReportHtml {

  private static final int MAX_UNKNOWN_ROWS = 50;
  private static final String[] PALETTE = {
    "#1b6ca8", "#c0392b", "#27813e", "#8e44ad", "#b9770e", "#17808a", "#6d4c41", "#4a4a4a"
  };
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);

  private ReportHtml() {}

  /** The page. */
  public static String write(DiscoveryReport r) {
    StringBuilder h = new StringBuilder(16_384);
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>Services in use — Vern discovery</title>\n<style>\n")
        .append("body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:70rem;")
        .append("padding:0 1rem;color:#1a1a1a;line-height:1.45}\n")
        .append("table{border-collapse:collapse;width:100%;margin:1rem 0 2rem}\n")
        .append("caption{text-align:left;font-weight:600;padding:.4rem 0}\n")
        .append("th,td{border-bottom:1px solid #ccc;padding:.35rem .6rem;text-align:left}\n")
        .append("td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}\n")
        .append(".verdict{display:inline-block;padding:0 .5rem;border-radius:.3rem;")
        .append("border:1px solid #444;font-weight:600;white-space:nowrap}\n")
        .append(".v-block{background:#f8d7da}.v-review{background:#fff3cd}")
        .append(".v-guidance{background:#d1ecf1}.v-allow{background:#d4edda}")
        .append(".v-none{background:#eee}\n")
        .append(".note{color:#444}\n</style>\n</head>\n<body>\n<main>\n");
    h.append("<h1>Services in use</h1>\n");
    h.append("<p class=\"note\">Read from ").append(r.formats().isEmpty() ? "empty"
        : esc(String.join(", ", r.formats()))).append(" logs");
    if (r.firstSeen() != null && r.lastSeen() != null) {
      h.append(", ").append(when(r.firstSeen())).append(" to ").append(when(r.lastSeen()))
          .append(" UTC");
    }
    h.append(". ").append(n(r.lines().parsed())).append(" queries from ")
        .append(n(r.lines().total())).append(" lines (").append(n(r.lines().malformed()))
        .append(" malformed). Clients are counted by a keyed pseudonym and never shown; ")
        .append("groups with fewer than ").append(r.minClients())
        .append(" distinct clients are not shown (").append(r.suppressed())
        .append(" suppressed).</p>\n");
    for (String note : r.notes()) {
      h.append("<p><strong>Note:</strong> ").append(esc(note)).append(".</p>\n");
    }

    if (!r.cnameLeaks().isEmpty()) {
      h.append("<h2 id=\"cname-leaks\">Leaks: blocked services reached through a CNAME alias</h2>\n")
          .append("<p><strong>Warning:</strong> clients asked for these names and the answers ")
          .append("pointed (CNAME) to a service whose verdict is block. A resolver that answered ")
          .append("them did not hold the block: have it apply the block to the targets of CNAME ")
          .append("answers, or block these names too.</p>\n");
      aliasTable(h, "CNAME leaks into blocked services", r.cnameLeaks());
    }

    h.append("<h2 id=\"services\">Catalog services</h2>\n");
    if (r.services().isEmpty()) {
      h.append("<p>No catalog service reached ").append(r.minClients())
          .append(" distinct clients.</p>\n");
    } else {
      h.append("<table>\n<caption>Catalog services by distinct clients</caption>\n<thead><tr>")
          .append("<th scope=\"col\">Service</th><th scope=\"col\">Verdict</th>")
          .append("<th scope=\"col\" class=\"n\">Clients</th><th scope=\"col\" class=\"n\">Queries</th>")
          .append("<th scope=\"col\">First seen</th><th scope=\"col\">Last seen</th>")
          .append("<th scope=\"col\">Names</th></tr></thead>\n<tbody>\n");
      for (DiscoveryReport.ServiceUsage s : r.services()) {
        h.append("<tr><th scope=\"row\">").append(esc(s.name())).append("</th><td>")
            .append(verdict(s.verdict())).append("</td><td class=\"n\">").append(n(s.clients()))
            .append("</td><td class=\"n\">").append(n(s.queries())).append("</td><td>")
            .append(when(s.firstSeen())).append("</td><td>").append(when(s.lastSeen()))
            .append("</td><td>").append(esc(String.join(", ", s.domains()))).append("</td></tr>\n");
      }
      h.append("</tbody>\n</table>\n");
    }

    chart(h, r.timeline());

    if (!r.aliases().isEmpty()) {
      h.append("<h2 id=\"aliases\">Services reached through an alias</h2>\n")
          .append("<p>The DNS answers to these names point (CNAME) to another catalog service: ")
          .append("a block on that service's own names may miss them.</p>\n");
      aliasTable(h, "Aliases into catalog services", r.aliases());
    }

    for (DiscoveryReport.AudienceUsage a : r.audiences()) {
      h.append("<h2>Audience: ").append(esc(a.audience())).append("</h2>\n");
      if (a.services().isEmpty()) {
        h.append("<p>No catalog service reached ").append(r.minClients())
            .append(" distinct clients in this audience.</p>\n");
      } else {
        h.append("<table>\n<caption>Catalog services used by ").append(esc(a.audience()))
            .append("</caption>\n<thead><tr><th scope=\"col\">Service</th>")
            .append("<th scope=\"col\">Verdict</th><th scope=\"col\" class=\"n\">Clients</th>")
            .append("<th scope=\"col\" class=\"n\">Queries</th></tr></thead>\n<tbody>\n");
        for (DiscoveryReport.AudienceService s : a.services()) {
          h.append("<tr><th scope=\"row\">").append(esc(s.name())).append("</th><td>")
              .append(verdict(s.verdict())).append("</td><td class=\"n\">").append(n(s.clients()))
              .append("</td><td class=\"n\">").append(n(s.queries())).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n");
      }
      if (!a.cnameLeaks().isEmpty()) {
        h.append("<p><strong>Warning:</strong> clients of ").append(esc(a.audience()))
            .append(" reached services blocked for them through a CNAME alias.</p>\n");
        aliasTable(h, "CNAME leaks for " + a.audience(), a.cnameLeaks());
      }
      h.append("<p class=\"note\">Groups in this audience with fewer than ")
          .append(r.minClients()).append(" distinct clients, not shown: ").append(a.suppressed())
          .append(".</p>\n");
    }

    h.append("<h2 id=\"unknown\">Domains not in the catalog</h2>\n");
    if (r.unknown().isEmpty()) {
      h.append("<p>None reached ").append(r.minClients()).append(" distinct clients.</p>\n");
    } else {
      h.append("<p>Registrable domains (by the Public Suffix List of ")
          .append(esc(r.publicSuffixList())).append(") that no catalog service lists, ")
          .append("ranked by distinct clients: candidates for a catalog entry.</p>\n")
          .append("<table>\n<caption>Unknown domains by distinct clients");
      if (r.unknown().size() > MAX_UNKNOWN_ROWS) {
        h.append(" (the first ").append(MAX_UNKNOWN_ROWS).append(" of ")
            .append(n(r.unknown().size())).append("; all are in the JSON and CSV forms)");
      }
      h.append("</caption>\n<thead><tr><th scope=\"col\">Domain</th>")
          .append("<th scope=\"col\" class=\"n\">Clients</th><th scope=\"col\" class=\"n\">Queries</th>")
          .append("<th scope=\"col\">First seen</th><th scope=\"col\">Last seen</th></tr></thead>\n")
          .append("<tbody>\n");
      for (DiscoveryReport.DomainUsage d : r.unknown().subList(0,
          Math.min(MAX_UNKNOWN_ROWS, r.unknown().size()))) {
        h.append("<tr><th scope=\"row\">").append(esc(d.domain())).append("</th><td class=\"n\">")
            .append(n(d.clients())).append("</td><td class=\"n\">").append(n(d.queries()))
            .append("</td><td>").append(when(d.firstSeen())).append("</td><td>")
            .append(when(d.lastSeen())).append("</td></tr>\n");
      }
      h.append("</tbody>\n</table>\n");
    }
    h.append("<h2 id=\"privacy\">How this report protects people</h2>\n<p>")
        .append("Every client address was replaced by a keyed hash as the log was read; no address ")
        .append("or pseudonym is in this report. A row appears only when at least ")
        .append(r.minClients()).append(" distinct clients share it, so no person can be singled ")
        .append("out (employees' rights; GDPR data minimisation).</p>\n");
    h.append("</main>\n</body>\n</html>\n");
    return h.toString();
  }

  private static void aliasTable(StringBuilder h, String caption,
      java.util.List<DiscoveryReport.AliasUsage> rows) {
    h.append("<table>\n<caption>").append(esc(caption)).append("</caption>\n<thead><tr>")
        .append("<th scope=\"col\">Name queried (registrable domain)</th>")
        .append("<th scope=\"col\">CNAME into service</th>")
        .append("<th scope=\"col\">Verdict</th><th scope=\"col\" class=\"n\">Clients</th>")
        .append("<th scope=\"col\" class=\"n\">Queries</th></tr></thead>\n<tbody>\n");
    for (DiscoveryReport.AliasUsage a : rows) {
      h.append("<tr><th scope=\"row\">").append(esc(a.domain())).append("</th><td>")
          .append(esc(a.serviceName())).append("</td><td>").append(verdict(a.verdict()))
          .append("</td><td class=\"n\">").append(n(a.clients())).append("</td><td class=\"n\">")
          .append(n(a.queries())).append("</td></tr>\n");
    }
    h.append("</tbody>\n</table>\n");
  }

  private static void chart(StringBuilder h, DiscoveryReport.Timeline t) {
    Instant start = t.start();
    if (t.series().isEmpty() || start == null) {
      return;
    }
    int buckets = t.series().get(0).counts().size();
    long max = 1;
    for (DiscoveryReport.Series s : t.series()) {
      for (long c : s.counts()) {
        max = Math.max(max, c);
      }
    }
    int width = 720;
    int height = 240;
    int left = 60;
    int bottom = 30;
    int plotW = width - left - 10;
    int plotH = height - bottom - 10;
    String unit = t.bucket();
    h.append("<h2 id=\"over-time\">Queries over time</h2>\n")
        .append("<figure>\n<svg role=\"img\" aria-labelledby=\"chart-title chart-desc\" ")
        .append("viewBox=\"0 0 ").append(width).append(' ').append(height)
        .append("\" width=\"100%\" style=\"max-width:").append(width).append("px\">\n")
        .append("<title id=\"chart-title\">Queries per ").append(unit)
        .append(" for the most used services</title>\n<desc id=\"chart-desc\">One line per service, ")
        .append(buckets).append(" ").append(unit).append("s from ").append(when(start))
        .append(" UTC; the highest value is ").append(n(max))
        .append(". The table below holds the same numbers.</desc>\n")
        .append("<line x1=\"").append(left).append("\" y1=\"10\" x2=\"").append(left)
        .append("\" y2=\"").append(10 + plotH).append("\" stroke=\"#333\"/>\n")
        .append("<line x1=\"").append(left).append("\" y1=\"").append(10 + plotH)
        .append("\" x2=\"").append(left + plotW).append("\" y2=\"").append(10 + plotH)
        .append("\" stroke=\"#333\"/>\n")
        .append("<text x=\"").append(left - 6).append("\" y=\"16\" text-anchor=\"end\" font-size=\"11\">")
        .append(n(max)).append("</text>\n")
        .append("<text x=\"").append(left - 6).append("\" y=\"").append(10 + plotH)
        .append("\" text-anchor=\"end\" font-size=\"11\">0</text>\n")
        .append("<text x=\"").append(left).append("\" y=\"").append(height - 8)
        .append("\" font-size=\"11\">").append(when(start)).append("</text>\n");
    for (int i = 0; i < t.series().size(); i++) {
      DiscoveryReport.Series s = t.series().get(i);
      String colour = PALETTE[i % PALETTE.length];
      StringBuilder points = new StringBuilder();
      StringBuilder markers = new StringBuilder();
      for (int b = 0; b < buckets; b++) {
        double x = left + (buckets == 1 ? plotW / 2.0 : plotW * b / (double) (buckets - 1));
        double y = 10 + plotH - plotH * s.counts().get(b) / (double) max;
        points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
        if (buckets <= 48) {
          markers.append(String.format(Locale.ROOT,
              "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" fill=\"%s\"/>", x, y, colour));
        }
      }
      h.append(markers);
      h.append("<polyline fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"2\" ")
          .append(i % 2 == 1 ? "stroke-dasharray=\"6 3\" " : "")
          .append("points=\"").append(points.toString().strip()).append("\"><title>")
          .append(esc(s.name())).append("</title></polyline>\n");
    }
    h.append("</svg>\n<figcaption>");
    for (int i = 0; i < t.series().size(); i++) {
      h.append(i == 0 ? "" : " · ").append("<span style=\"color:")
          .append(PALETTE[i % PALETTE.length]).append("\">")
          .append(i % 2 == 1 ? "- - " : "—— ").append("</span>")
          .append(esc(t.series().get(i).name()));
    }
    h.append("</figcaption>\n</figure>\n");
    h.append("<table>\n<caption>Queries per ").append(unit).append(" (the chart's numbers)</caption>\n")
        .append("<thead><tr><th scope=\"col\">").append(unit.equals("hour") ? "Hour" : "Day")
        .append(" (UTC)</th>");
    for (DiscoveryReport.Series s : t.series()) {
      h.append("<th scope=\"col\" class=\"n\">").append(esc(s.name())).append("</th>");
    }
    h.append("</tr></thead>\n<tbody>\n");
    long step = unit.equals("hour") ? 3_600_000L : 86_400_000L;
    for (int b = 0; b < buckets && b < 500; b++) {
      h.append("<tr><th scope=\"row\">").append(when(start.plusMillis(step * b))).append("</th>");
      for (DiscoveryReport.Series s : t.series()) {
        h.append("<td class=\"n\">").append(n(s.counts().get(b))).append("</td>");
      }
      h.append("</tr>\n");
    }
    h.append("</tbody>\n</table>\n");
  }

  private static String verdict(String verdict) {
    String css = switch (verdict) {
      case "block", "allow", "guidance", "review" -> "v-" + verdict;
      default -> "v-none";
    };
    return "<span class=\"verdict " + css + "\">" + esc(verdict) + "</span>";
  }

  private static String when(@Nullable Instant t) {
    return t == null ? "" : WHEN.format(t);
  }

  private static String n(long v) {
    return String.format(Locale.ROOT, "%,d", v);
  }

  static String esc(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
