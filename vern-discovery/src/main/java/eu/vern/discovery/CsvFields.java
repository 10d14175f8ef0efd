package eu.vern.discovery;

/**
 * Splits a CSV line into fields as RFC 4180 writes them: a field is double-quoted (a doubled quote
 * inside stands for one; the separator may appear inside) or bare; spaces before a quoted field
 * and after its closing quote are allowed, as some exporters (and Cisco's own examples) write them.
 */
final class CsvFields {

  private CsvFields() {}

  /**
   * Finds up to {@code starts.length} fields of {@code b[from, to)}, separated by {@code separator};
   * their contents (quotes removed; doubled quotes left doubled) lie at {@code [starts, ends)}.
   * Returns how many were found; stops early, returning the fields so far, at an unclosed quote or
   * text after a closing quote.
   */
  static int split(byte[] b, int from, int to, byte separator, int[] starts, int[] ends) {
    int p = from;
    int count = 0;
    while (count < starts.length && p <= to) {
      int q = p;
      while (q < to && b[q] == ' ') {
        q++;
      }
      int end;
      int next;
      if (q < to && b[q] == '"') {
        int close = q + 1;
        while (close < to && !(b[close] == '"' && (close + 1 == to || b[close + 1] != '"'))) {
          close += b[close] == '"' ? 2 : 1; // a doubled quote is part of the value
        }
        if (close >= to) {
          return count;
        }
        starts[count] = q + 1;
        end = close;
        next = close + 1;
        while (next < to && b[next] == ' ') {
          next++;
        }
        if (next < to && b[next] != separator) {
          return count;
        }
      } else {
        starts[count] = p;
        next = Bytes.indexOf(b, p, to, separator);
        if (next < 0) {
          next = to;
        }
        end = next;
      }
      ends[count++] = end;
      p = next + 1;
    }
    return count;
  }
}
