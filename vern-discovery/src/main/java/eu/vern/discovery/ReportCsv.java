package eu.vern.discovery;

import java.util.Locale;

/**
 * A {@link DiscoveryReport} as one CSV table for spreadsheets: {@code
 * section,id,name,domain,verdict,queries,clients,firstSeen,lastSeen}, where section is {@code
 * service}, {@code unknown}, {@code alias}, {@code cname-leak} (an alias into a blocked
 * service), {@code audience:ID} or {@code cname-leak:ID} (a leak among one audience's clients); a
 * last row counts the suppressed groups.
 */
public final class ReportCsv {

  private ReportCsv() {}

  /** The report as CSV (RFC 4180, CRLF line ends). */
  public static String write(DiscoveryReport r) {
    StringBuilder out = new StringBuilder();
    row(out, "section", "id", "name", "domain", "verdict", "queries", "clients", "firstSeen",
        "lastSeen");
    for (DiscoveryReport.ServiceUsage s : r.services()) {
      row(out, "service", s.id(), s.name(), String.join(" ", s.domains()), s.verdict(),
          n(s.queries()), n(s.clients()), s.firstSeen().toString(), s.lastSeen().toString());
    }
    for (DiscoveryReport.DomainUsage d : r.unknown()) {
      row(out, "unknown", "", "", d.domain(), "", n(d.queries()), n(d.clients()),
          d.firstSeen().toString(), d.lastSeen().toString());
    }
    aliases(out, "alias", r.aliases());
    aliases(out, "cname-leak", r.cnameLeaks());
    for (DiscoveryReport.AudienceUsage a : r.audiences()) {
      for (DiscoveryReport.AudienceService s : a.services()) {
        row(out, "audience:" + a.audience(), s.id(), s.name(), "", s.verdict(), n(s.queries()),
            n(s.clients()), "", "");
      }
      aliases(out, "cname-leak:" + a.audience(), a.cnameLeaks());
      row(out, "audience:" + a.audience(), "", "suppressed groups", "", "", n(a.suppressed()), "",
          "", "");
    }
    row(out, "suppressed", "", "groups with fewer than " + r.minClients() + " clients", "", "",
        n(r.suppressed()), "", "", "");
    return out.toString();
  }

  private static void aliases(StringBuilder out, String section,
      java.util.List<DiscoveryReport.AliasUsage> rows) {
    for (DiscoveryReport.AliasUsage a : rows) {
      row(out, section, a.serviceId(), a.serviceName(), a.domain(), a.verdict(), n(a.queries()),
          n(a.clients()), "", "");
    }
  }

  private static String n(long v) {
    return String.format(Locale.ROOT, "%d", v);
  }

  private static void row(StringBuilder out, String... cells) {
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        out.append(',');
      }
      String c = cells[i];
      if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0) {
        out.append('"').append(c.replace("\"", "\"\"")).append('"');
      } else {
        out.append(c);
      }
    }
    out.append("\r\n");
  }
}
