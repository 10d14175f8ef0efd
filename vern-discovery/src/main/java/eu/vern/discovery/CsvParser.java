package eu.vern.discovery;

/**
 * A CSV log: Vern's own {@code timestamp,client,name}, or an export whose header names its columns
 * (see {@link CsvLayout}). The time is ISO 8601 (with or without a zone; a space may stand for the
 * {@code T}) or epoch seconds or milliseconds; the host is a name, {@code host:port} or a URL, whose
 * host is taken. Fields may be double-quoted; further columns are ignored; header lines are skipped.
 */
final class CsvParser implements LineParser {

  private final Times times;
  private final CsvLayout layout;
  private final int[] starts;
  private final int[] ends;

  CsvParser(Times times) {
    this(times, CsvLayout.DEFAULT);
  }

  CsvParser(Times times, CsvLayout layout) {
    this.times = times;
    this.layout = layout;
    this.starts = new int[layout.columns()];
    this.ends = new int[layout.columns()];
  }

  @Override
  public int parse(byte[] b, int from, int to, Event e) {
    int n = CsvFields.split(b, from, to, layout.separator(), starts, ends);
    int ts = n > layout.time() ? trimStart(b, starts[layout.time()], ends[layout.time()]) : from;
    int te = n > layout.time() ? trimEnd(b, ts, ends[layout.time()]) : from;
    if (layout.isHeaderTime(b, ts, te)) {
      return IGNORED; // the header, or a header repeated where exports were joined
    }
    if (n < layout.columns()) {
      return LineParser.malformed(e, layout.columns() == 3
          ? "a CSV line needs timestamp,client,name"
          : "a CSV line needs the time, client and host columns its header names");
    }
    // a count or an id is no time: epoch seconds have had ten digits since 2001
    long t = te - ts < 9 && Bytes.digits(b, ts, te) >= 0 ? Times.BAD : times.iso(b, ts, te);
    if (t == Times.BAD) {
      return LineParser.malformed(e,
          "the CSV timestamp must be ISO 8601 (2026-11-24T10:15:32Z) or epoch seconds");
    }
    int cs = trimStart(b, starts[layout.client()], ends[layout.client()]);
    int ce = trimEnd(b, cs, ends[layout.client()]);
    int ns = trimStart(b, starts[layout.name()], ends[layout.name()]);
    int ne = trimEnd(b, ns, ends[layout.name()]);
    if (ce == cs || ne == ns) {
      return LineParser.malformed(e, "a CSV line needs a client and a name");
    }
    long host = Hosts.of(b, ns, ne);
    int hs = Hosts.start(host);
    int he = Hosts.end(host);
    if (he == hs) {
      return LineParser.malformed(e, "a CSV line needs a client and a name");
    }
    e.time = t;
    e.client(b, cs, ce);
    e.name(b, hs, he);
    e.answers = 0;
    return QUERY;
  }

  private static int trimStart(byte[] b, int from, int to) {
    return Bytes.skipSpaces(b, from, to);
  }

  private static int trimEnd(byte[] b, int from, int to) {
    int i = to;
    while (i > from && (b[i - 1] == ' ' || b[i - 1] == '\t')) {
      i--;
    }
    return i;
  }
}
