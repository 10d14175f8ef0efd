package eu.vern.discovery;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How one source is to be parsed: its format and what its first lines told (Zeek's columns,
 * whether Unbound's replies must be counted). Immutable; each worker makes its own parser from it.
 */
record Formats(LogFormat format, boolean json, ZeekTsvParser.Layout zeek, boolean countReplies,
    @Nullable SquidLogformat squid, FortiGateParser.Mode fortigate, CsvLayout csv) {

  Formats(LogFormat format, boolean json, ZeekTsvParser.Layout zeek, boolean countReplies,
      @Nullable SquidLogformat squid) {
    this(format, json, zeek, countReplies, squid, FortiGateParser.Mode.ANY, CsvLayout.DEFAULT);
  }

  static final int HEAD_LINES = 200;

  /** Whether the source is a sequence of frames (dnstap) rather than of lines. */
  boolean framed() {
    return format == LogFormat.DNSTAP;
  }

  LineParser parser(Times times) {
    return switch (format) {
      case BIND -> new BindParser(times);
      case UNBOUND -> new UnboundParser(times, countReplies);
      case DNSMASQ, PIHOLE -> new DnsmasqParser(times);
      case ZEEK -> json ? new ZeekJsonParser(times) : new ZeekTsvParser(times, zeek);
      case SQUID -> squid == null ? new SquidParser(times) : new SquidLogformatParser(times, squid);
      case WINDOWS_DNS -> new WindowsDnsParser(times);
      case WINDOWS_DNS_ANALYTIC -> new WindowsDnsEventParser(times);
      case UMBRELLA -> new UmbrellaParser(times);
      case ADGUARD_HOME -> new AdGuardHomeParser(times);
      case PANOS -> new PanOsParser(times);
      case SOPHOS -> new SophosParser(times);
      case FORTIGATE -> new FortiGateParser(times, fortigate);
      case CSV -> new CsvParser(times, csv);
      case PIHOLE_DB -> new CsvParser(times); // a database's rows are rendered as Vern's CSV lines
      case DNSTAP -> new DnstapParser();
      case AUTO -> throw new IllegalStateException("a format must be detected before parsing");
    };
  }

  /**
   * The plan for a source whose first bytes are {@code head[0, len)}: {@code wanted}, or for
   * AUTO the format under which most of the first lines parse as queries; null when none does.
   * A Zeek header Vern cannot follow is refused with the line of {@code source} it is on.
   */
  static @Nullable Formats plan(String source, LogFormat wanted, byte[] head, int len, Times times,
      @Nullable SquidLogformat squid)
      throws LogFormatException {
    if (wanted == LogFormat.DNSTAP || wanted == LogFormat.AUTO && Frames.isDnstap(head, len)) {
      return new Formats(LogFormat.DNSTAP, false, ZeekTsvParser.Layout.DEFAULT, false, squid);
    }
    List<int[]> lines = lines(head, len);
    ZeekTsvParser.Layout header = wanted == LogFormat.AUTO || wanted == LogFormat.ZEEK
        ? ZeekTsvParser.Layout.read(source, head, lines) : null;
    boolean zeekHeader = header != null;
    ZeekTsvParser.Layout columns = header != null ? header : ZeekTsvParser.Layout.DEFAULT;
    int firstContent = -1;
    for (int[] line : lines) {
      if (head[line[0]] != '#') {
        firstContent = line[0];
        break;
      }
    }
    boolean json = !zeekHeader && firstContent >= 0 && head[firstContent] == '{';
    boolean countReplies = !hasUnboundQueryLines(head, len, times);
    // the surveys of the first lines only for the formats that need them
    boolean any = wanted == LogFormat.AUTO;
    FortiGateParser.Mode fortigate = any || wanted == LogFormat.FORTIGATE
        ? FortiGateParser.Mode.of(head, lines, times) : FortiGateParser.Mode.ANY;
    CsvLayout csv = any || wanted == LogFormat.CSV ? CsvLayout.read(head, lines) : CsvLayout.DEFAULT;
    if (wanted != LogFormat.AUTO) {
      return new Formats(wanted, json, columns, countReplies, squid, fortigate, csv);
    }
    if (zeekHeader) {
      return new Formats(LogFormat.ZEEK, false, columns, countReplies, squid);
    }
    if (json) {
      // Zeek's dns.log, exported Windows DNS events and AdGuard Home's query log are all JSON
      // lines: the one under which most of the first lines are queries (Zeek on a tie)
      Formats best = new Formats(LogFormat.ZEEK, true, columns, countReplies, squid);
      int most = queries(best.parser(times), head, len);
      for (LogFormat other : List.of(LogFormat.WINDOWS_DNS_ANALYTIC, LogFormat.ADGUARD_HOME)) {
        Formats candidate = new Formats(other, true, columns, countReplies, squid);
        int count = queries(candidate.parser(times), head, len);
        if (count > most) {
          best = candidate;
          most = count;
        }
      }
      return best;
    }
    LogFormat best = null;
    int bestCount = 0;
    for (LogFormat f : LogFormat.values()) {
      if (f == LogFormat.AUTO || f == LogFormat.ZEEK || f == LogFormat.PIHOLE || f == LogFormat.DNSTAP
          || f == LogFormat.PIHOLE_DB) {
        continue;
      }
      Formats candidate = new Formats(f, false, columns, true, squid, FortiGateParser.Mode.ANY, csv);
      int count = queries(candidate.parser(times), head, len);
      if (count > bestCount) {
        best = f;
        bestCount = count;
      }
    }
    return best == null ? null : new Formats(best, false, columns, countReplies, squid, fortigate, csv);
  }

  private static boolean hasUnboundQueryLines(byte[] head, int len, Times times) {
    UnboundParser p = new UnboundParser(times, false);
    Event e = new Event();
    for (int[] line : lines(head, len)) {
      if (p.isQueryLine(head, line[0], line[1], e)) {
        return true;
      }
    }
    return false;
  }

  private static int queries(LineParser parser, byte[] head, int len) {
    Event e = new Event();
    int count = 0;
    for (int[] line : lines(head, len)) {
      if (parser.parse(head, line[0], line[1], e) == LineParser.QUERY) {
        count++;
      }
    }
    return count;
  }

  /** The first {@link #HEAD_LINES} non-blank complete lines of the head, as [from, to) pairs. */
  static List<int[]> lines(byte[] head, int len) {
    List<int[]> lines = new ArrayList<>();
    int start = 0;
    while (start < len && lines.size() < HEAD_LINES) {
      int nl = Bytes.indexOf(head, start, len, '\n');
      if (nl < 0) {
        break; // a partial last line is left to the full read
      }
      int end = nl;
      if (end > start && head[end - 1] == '\r') {
        end--;
      }
      if (end > start) {
        lines.add(new int[] {start, end});
      }
      start = nl + 1;
    }
    if (lines.isEmpty() && len > 0 && len < head.length) {
      int end = len;
      if (head[end - 1] == '\r') {
        end--;
      }
      if (end > 0) {
        lines.add(new int[] {0, end});
      }
    }
    return lines;
  }
}
