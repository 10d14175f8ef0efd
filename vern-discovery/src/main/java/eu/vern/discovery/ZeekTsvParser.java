package eu.vern.discovery;

/**
 * Zeek's {@code dns.log} in its tab-separated form: the columns are named by the {@code #fields}
 * header line; {@code ts} (epoch seconds), {@code id.orig_h} (the client), {@code query} and
 * {@code answers} (a comma-separated set; {@code -} when unset, {@code (empty)} when empty) are
 * read. Header lines start with {@code #} and are ignored.
 */
final class ZeekTsvParser implements LineParser {

  /** Column indices of ts, id.orig_h, query and answers (answers may be -1). */
  record Columns(int ts, int client, int query, int answers) {
    /** Zeek's default dns.log layout, used when a file has no {@code #fields} line. */
    static final Columns DEFAULT = new Columns(0, 2, 9, 21);

    int max() {
      return Math.max(Math.max(ts, client), Math.max(query, answers));
    }

    /** The columns named by a {@code #fields} line, or null when one is missing. */
    static @org.jspecify.annotations.Nullable Columns of(String fieldsLine) {
      String[] names = fieldsLine.split("\t");
      int ts = -1;
      int client = -1;
      int query = -1;
      int answers = -1;
      for (int i = 1; i < names.length; i++) {
        switch (names[i]) {
          case "ts" -> ts = i - 1;
          case "id.orig_h" -> client = i - 1;
          case "query" -> query = i - 1;
          case "answers" -> answers = i - 1;
          default -> {}
        }
      }
      return ts < 0 || client < 0 || query < 0 ? null : new Columns(ts, client, query, answers);
    }
  }

  private final Times times;
  private final Columns columns;
  private final int[] starts;
  private final int[] ends;

  ZeekTsvParser(Times times, Columns columns) {
    this.times = times;
    this.columns = columns;
    this.starts = new int[columns.max() + 1];
    this.ends = new int[columns.max() + 1];
  }

  @Override
  public int parse(byte[] b, int from, int to, Event e) {
    if (b[from] == '#') {
      return IGNORED;
    }
    int need = starts.length;
    int n = 0;
    int p = from;
    while (n < need) {
      starts[n] = p;
      int tab = Bytes.indexOf(b, p, to, '\t');
      ends[n] = tab < 0 ? to : tab;
      n++;
      if (tab < 0) {
        break;
      }
      p = tab + 1;
    }
    if (n < need) {
      return LineParser.malformed(e,
          "a Zeek dns.log line has fewer tab-separated columns than its #fields header names");
    }
    long t = times.epoch(b, starts[columns.ts()], ends[columns.ts()]);
    if (t == Times.BAD) {
      return LineParser.malformed(e, "the ts column is not epoch seconds");
    }
    int qs = starts[columns.query()];
    int qe = ends[columns.query()];
    if (qe == qs || (qe - qs == 1 && b[qs] == '-')) {
      return IGNORED; // no question: a message Zeek could not pair with a query
    }
    e.time = t;
    e.client(b, starts[columns.client()], ends[columns.client()]);
    e.name(b, qs, qe);
    e.answers = 0;
    e.answerBuf = b;
    if (columns.answers() >= 0) {
      int as = starts[columns.answers()];
      int ae = ends[columns.answers()];
      if (!(ae - as == 1 && b[as] == '-') && !(ae - as == 7 && b[as] == '(')) {
        int s = as;
        for (int k = as; k <= ae; k++) {
          if (k == ae || b[k] == ',') {
            e.addAnswer(s, k);
            s = k + 1;
          }
        }
      }
    }
    return QUERY;
  }
}
