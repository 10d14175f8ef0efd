package eu.vern.discovery;

import eu.vern.catalog.Catalog;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Discovery's parser and matcher for one line at a time, for stream processors (a Kafka Streams
 * processor, say) that count elsewhere: the line's client is hashed at once and only the
 * pseudonym leaves. Not thread-safe: one per stream task.
 *
 * {@snippet :
 * QueryMatcher matcher = QueryMatcher.of(catalog, LogFormat.BIND, key, ZoneOffset.UTC, clock);
 * QueryMatcher.Query q = matcher.match(lineBytes, 0, lineBytes.length);
 * if (q != null) {
 *   forward(q.group(), q.pseudonym());   // "service:deepseek" or "domain:example.com"
 * }
 * }
 */
public final class QueryMatcher {

  private final Aggregator matcher;
  private final Settings settings;
  private final LineParser parser;
  private final @Nullable LineParser jsonParser;
  private final boolean binary;
  private final Event event = new Event();

  private QueryMatcher(Settings settings, LogFormat format) {
    this.settings = settings;
    this.matcher = new Aggregator(settings);
    Times times = settings.times();
    this.parser = new Formats(format, false, ZeekTsvParser.Layout.DEFAULT, true, null).parser(times);
    this.jsonParser = format == LogFormat.ZEEK ? new ZeekJsonParser(times) : null;
    this.binary = format == LogFormat.DNSTAP;
  }

  /**
   * A matcher for lines of {@code format} (not AUTO; Zeek TSV lines must use the default column
   * order, JSON lines are recognised by their brace). For {@link LogFormat#DNSTAP} a "line" is
   * one Dnstap protocol-buffers message, as dnstap collectors publish them one per record.
   */
  public static QueryMatcher of(Catalog catalog, LogFormat format, ClientKey key, ZoneId zone,
      Clock clock) {
    Objects.requireNonNull(format, "format");
    if (format == LogFormat.AUTO) {
      throw new IllegalArgumentException("a stream needs a named format, not auto");
    }
    Settings settings = Settings.of(catalog, key, Audiences.NONE, Long.MIN_VALUE + 1,
        Long.MAX_VALUE, zone, clock.millis(), format, 1, false);
    return new QueryMatcher(settings, format);
  }

  /** The query on {@code line[from, to)}, or null when the line is not a query. */
  public @Nullable Query match(byte[] line, int from, int to) {
    int end = !binary && to > from && line[to - 1] == '\r' ? to - 1 : to;
    if (end <= from) {
      return null;
    }
    LineParser p = jsonParser != null && line[from] == '{' ? jsonParser : parser;
    if (p.parse(line, from, end, event) != LineParser.QUERY) {
      return null;
    }
    long pseudonym = SipHash.hash(settings.key().k0, settings.key().k1, event.clientBuf,
        event.clientFrom, event.clientTo);
    int g = matcher.groupOf(event.nameBuf, event.nameFrom, event.nameTo);
    String group = g < matcher.serviceCount
        ? "service:" + settings.services().get(g).id()
        : "domain:" + matcher.domains.get(g - matcher.serviceCount);
    return new Query(event.time, group, pseudonym);
  }

  /**
   * One query: when (epoch milliseconds), the group ({@code service:ID} or {@code domain:NAME})
   * and the client's keyed pseudonym, never the client itself.
   */
  public record Query(long time, String group, long pseudonym) {}
}
