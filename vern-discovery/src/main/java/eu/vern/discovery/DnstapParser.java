package eu.vern.discovery;

/**
 * dnstap: the binary log that BIND, Unbound, Knot, PowerDNS and CoreDNS write instead of text
 * when query logging must keep up with a large resolver. A file is a Frame Streams container
 * whose data frames each hold one {@code Dnstap} protocol-buffers message; the engine hands this
 * parser one frame at a time. Only {@code CLIENT_QUERY} messages count (a client asking the
 * resolver): the client is {@code query_address} (4 or 16 bytes, written here as text the way
 * text logs write it, so that a client in both kinds of log is one client), the time {@code
 * query_time_sec}/{@code _nsec}, the name the first question of {@code query_message} (DNS wire
 * format). A {@code CLIENT_RESPONSE} whose answers hold CNAME records gives those targets, for
 * aliases and CNAME leaks, as dnsmasq's reply lines do; other responses and the resolver's own
 * traffic upstream are ignored. Field numbers are those of dnstap.proto
 * (github.com/dnstap/dnstap.pb).
 */
final class DnstapParser implements LineParser {

  private static final int DNSTAP_MESSAGE = 14;
  private static final int DNSTAP_TYPE = 15;
  private static final int MESSAGE_TYPE = 1;
  private static final int QUERY_ADDRESS = 4;
  private static final int QUERY_TIME_SEC = 8;
  private static final int QUERY_TIME_NSEC = 9;
  private static final int QUERY_MESSAGE = 10;
  private static final int RESPONSE_TIME_SEC = 12;
  private static final int RESPONSE_TIME_NSEC = 13;
  private static final int RESPONSE_MESSAGE = 14;
  private static final int TYPE_MESSAGE = 1;
  private static final int CLIENT_QUERY = 5;
  private static final int CLIENT_RESPONSE = 6;

  /** The CNAME targets of the response being read, one after the other. */
  private final byte[] targets = new byte[4096];

  private static final int TEXT = 1 << 20;

  /** Said of a file with dnstap messages but none of a client's query. */
  static final String NO_CLIENT_QUERIES_NOTE = "the file holds dnstap messages but no client's query"
      + " (CLIENT_QUERY), so nobody's use of a service shows in it: the server logged only other"
      + " traffic (its own queries upstream, or as an authoritative server). Have it log clients:"
      + " dnstap { client; }; in BIND, dnstap-log-client-query-messages: yes in Unbound";

  /** Messages of this file read so far: clients' queries, and every other kind. */
  long clientQueries;
  long otherMessages;

  /**
   * Where the clients' addresses are written as text: the aggregator keeps positions into the
   * buffer a client came from until the chunk ends, so every address gets its own place, and a
   * full buffer is replaced, never reused.
   */
  private byte[] text = new byte[TEXT];
  private int used;

  // the field being read: its number, wire type, value or bounds, and where reading goes on
  private int field;
  private int wire;
  private long value;
  private int valueFrom;
  private int valueTo;
  private int next;

  @Override
  public int parse(byte[] b, int from, int to, Event e) {
    int ms = -1;
    int me = -1;
    long type = -1;
    int p = from;
    while (p < to) {
      if (!field(b, p, to)) {
        return LineParser.malformed(e, "a dnstap frame is not a protocol-buffers message");
      }
      if (field == DNSTAP_MESSAGE && wire == 2) {
        ms = valueFrom;
        me = valueTo;
      } else if (field == DNSTAP_TYPE && wire == 0) {
        type = value;
      }
      p = next;
    }
    if (type != TYPE_MESSAGE || ms < 0) {
      return IGNORED;
    }
    long messageType = -1;
    int as = -1;
    int ae = -1;
    long seconds = -1;
    long nanos = 0;
    int qs = -1;
    int qe = -1;
    int rs = -1;
    int re = -1;
    long responseSeconds = -1;
    long responseNanos = 0;
    p = ms;
    while (p < me) {
      if (!field(b, p, me)) {
        return LineParser.malformed(e, "a dnstap message is not a protocol-buffers message");
      }
      switch (field) {
        case MESSAGE_TYPE -> messageType = wire == 0 ? value : -1;
        case QUERY_ADDRESS -> {
          as = valueFrom;
          ae = valueTo;
        }
        case QUERY_TIME_SEC -> seconds = wire == 0 ? value : -1;
        case QUERY_TIME_NSEC -> nanos = wire == 5 ? value : 0;
        case QUERY_MESSAGE -> {
          qs = valueFrom;
          qe = valueTo;
        }
        case RESPONSE_TIME_SEC -> responseSeconds = wire == 0 ? value : -1;
        case RESPONSE_TIME_NSEC -> responseNanos = wire == 5 ? value : 0;
        case RESPONSE_MESSAGE -> {
          rs = valueFrom;
          re = valueTo;
        }
        default -> {}
      }
      p = next;
    }
    if (messageType != CLIENT_QUERY) {
      otherMessages++;
      if (messageType == CLIENT_RESPONSE) {
        return response(b, as, ae, responseSeconds >= 0 ? responseSeconds : seconds,
            responseSeconds >= 0 ? responseNanos : nanos, rs, re, e);
      }
      return IGNORED; // the resolver's own traffic upstream, and other kinds of message
    }
    clientQueries++;
    if (!isAddress(as, ae) || seconds < 0 || qs < 0) {
      return LineParser.malformed(e,
          "a dnstap CLIENT_QUERY needs the client's address, the query time and the query");
    }
    int n = DnsMessage.name(b, qs, qe, e.scratch);
    if (n < 0) {
      return LineParser.malformed(e, "the query of a dnstap CLIENT_QUERY holds no question");
    }
    e.time = seconds * 1000 + nanos / 1_000_000;
    client(b, as, ae, e);
    e.name(e.scratch, 0, n);
    e.answers = 0;
    return QUERY;
  }

  /** A CLIENT_RESPONSE: its CNAME targets, if it has any, as answers to the question. */
  private int response(byte[] b, int as, int ae, long seconds, long nanos, int rs, int re, Event e) {
    if (rs < 0 || !isAddress(as, ae) || seconds < 0) {
      return IGNORED; // nothing to learn an alias from
    }
    int n = DnsMessage.name(b, rs, re, e.scratch);
    if (n < 0 || DnsMessage.cnames(b, rs, re, targets, e) == 0) {
      return IGNORED;
    }
    e.time = seconds * 1000 + nanos / 1_000_000;
    client(b, as, ae, e);
    e.name(e.scratch, 0, n);
    return ANSWERS;
  }

  /** Whether {@code [as, ae)} was read and holds an IPv4 or IPv6 address. */
  private static boolean isAddress(int as, int ae) {
    return as >= 0 && (ae - as == 4 || ae - as == 16);
  }

  /** The raw address {@code b[as, ae)}, written as text into {@link #text}, as {@code e}'s client. */
  private void client(byte[] b, int as, int ae, Event e) {
    if (used + 48 > text.length) {
      text = new byte[TEXT];
      used = 0;
    }
    int from = used;
    used = ae - as == 4 ? IpAddress.formatV4(b, as, text, used) : IpAddress.formatV6(b, as, text, used);
    e.client(text, from, used);
  }

  /**
   * Reads the field at {@code p}: sets {@link #field}, {@link #wire}, the value (a number, or the
   * bounds of a length-delimited one) and {@link #next}; false when the bytes are not one.
   */
  private boolean field(byte[] b, int p, int to) {
    long key = varint(b, p, to);
    if (key < 0) {
      return false;
    }
    field = (int) (key >>> 3);
    wire = (int) (key & 7);
    switch (wire) {
      case 0 -> {
        value = varint(b, next, to);
        return value >= 0;
      }
      case 1 -> {
        next += 8;
        return next <= to;
      }
      case 2 -> {
        long len = varint(b, next, to);
        if (len < 0 || len > to - next) {
          return false;
        }
        valueFrom = next;
        valueTo = next + (int) len;
        next = valueTo;
        return true;
      }
      case 5 -> {
        if (next + 4 > to) {
          return false;
        }
        value = (b[next] & 0xFFL) | (b[next + 1] & 0xFFL) << 8 | (b[next + 2] & 0xFFL) << 16
            | (b[next + 3] & 0xFFL) << 24;
        next += 4;
        return true;
      }
      default -> {
        return false;
      }
    }
  }

  /** The varint at {@code p} (sets {@link #next} after it), or -1 when there is none. */
  private long varint(byte[] b, int p, int to) {
    long v = 0;
    for (int shift = 0; shift < 64 && p < to; shift += 7) {
      byte c = b[p++];
      v |= (long) (c & 0x7F) << shift;
      if (c >= 0) {
        next = p;
        return v & Long.MAX_VALUE;
      }
    }
    return -1;
  }
}
