package eu.vern.discovery;

/**
 * Reads one line of one log format. Implementations scan bytes once, check bounds before every
 * read, never throw on bad input and never allocate per line; they are not thread-safe (each
 * worker has its own, because of the timestamp caches).
 */
interface LineParser {

  /** The line is a query: {@link Event} holds its time, client and name. */
  int QUERY = 0;

  /** The line belongs to the format but is not a query (a header, a reply, a forward). */
  int IGNORED = 1;

  /** The line is not in the format; {@link Event#reason} says why. */
  int MALFORMED = 2;

  /**
   * The line completes the answers to a query logged on an earlier line (dnsmasq): {@link Event}
   * holds that query's time, client and name, and the names its answers passed through. Counted
   * as a reply, not as another query.
   */
  int ANSWERS = 3;

  /** Parses {@code b[from, to)} (no line terminator) into {@code e}. */
  int parse(byte[] b, int from, int to, Event e);

  /**
   * A malformed line as it may be shown: addresses masked, and whatever else of the format names a
   * person (a user or identity field) left out.
   */
  default String sample(byte[] b, int from, int to) {
    return Masking.mask(b, from, to);
  }

  /** A malformed result with its reason. */
  static int malformed(Event e, String reason) {
    e.reason = reason;
    return MALFORMED;
  }
}
