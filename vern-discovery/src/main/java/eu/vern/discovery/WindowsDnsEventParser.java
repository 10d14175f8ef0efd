package eu.vern.discovery;

import static eu.vern.discovery.Bytes.ascii;

/**
 * Events of the Windows DNS Server's analytic log (channel {@code
 * Microsoft-Windows-DNSServer/Analytical}, provider {@code Microsoft-Windows-DNSServer}), one event
 * per line, as a log shipper or PowerShell exports them. Only event 256, QUERY_RECEIVED, counts: its
 * data field {@code Source} is the client and {@code QNAME} the name asked for (with the root's
 * trailing dot). Every other event (257 RESPONSE_SUCCESS, 260 RECURSE_QUERY_OUT, audit events...)
 * is ignored: responses would count each query twice, and recursion names the upstream server,
 * not a client.
 *
 * <p>Two notations are read, told apart by the line's first byte:
 *
 * <ul>
 *   <li>JSON: an object whose event data fields keep their Windows names at any depth (flat, as
 *       NXLog's {@code im_etw} writes them, or under {@code winlog.event_data}, as Elastic's ETW
 *       input does). The event id is {@code EventID}, {@code EventId}, {@code event_id}, or {@code
 *       code} inside {@code event}; the time is the first of {@code EventTime} (NXLog: local time
 *       without a zone, which {@code --zone} places), {@code @timestamp} and {@code TimeCreated}.
 *   <li>XML: the {@code <Event>} element Windows renders for an event ({@code EventRecord.ToXml()}
 *       in PowerShell), on one line: {@code <EventID>}, {@code <TimeCreated SystemTime='…'/>} and
 *       {@code <Data Name='…'>} elements.
 * </ul>
 *
 * Keys are matched exactly and values are not unescaped: a host name and an address need no
 * escapes.
 */
final class WindowsDnsEventParser implements LineParser {

  /** QUERY_RECEIVED: the server received a query from a client. */
  static final int QUERY_RECEIVED = 256;

  private static final byte[] QNAME = ascii("QNAME");
  private static final byte[] SOURCE = ascii("Source");
  private static final byte[] EVENT_TIME = ascii("EventTime");
  private static final byte[] TIMESTAMP = ascii("@timestamp");
  private static final byte[] TIME_CREATED = ascii("TimeCreated");
  private static final byte[][] EVENT_IDS = {ascii("EventID"), ascii("EventId"), ascii("event_id")};
  private static final byte[] CODE = ascii("code");
  private static final byte[] EVENT = ascii("event");

  private static final byte[] XML_EVENT = ascii("<Event");
  private static final byte[] XML_EVENT_ID = ascii("<EventID");
  private static final byte[] XML_EVENT_END = ascii("</Event>");
  private static final byte[] XML_SYSTEM_TIME = ascii("SystemTime=");
  private static final byte[] XML_NAME = ascii("Name=");

  /** How deep the JSON parents of a key are followed: {@code event.code} needs one level. */
  private static final int MAX_DEPTH = 16;

  private final Times times;
  private final int[] parentFrom = new int[MAX_DEPTH];
  private final int[] parentTo = new int[MAX_DEPTH];

  WindowsDnsEventParser(Times times) {
    this.times = times;
  }

  @Override
  public int parse(byte[] b, int from, int to, Event e) {
    int i = Bytes.skipSpaces(b, from, to);
    if (i < to && b[i] == '{') {
      return json(b, i, to, e);
    }
    if (Bytes.startsWith(b, i, to, XML_EVENT)) {
      return xml(b, i, to, e);
    }
    return LineParser.malformed(e,
        "a Windows DNS analytic event must be a JSON object or an <Event> element on one line");
  }

  private int json(byte[] b, int from, int to, Event e) {
    long id = -1;
    long t = Times.BAD;
    int ns = -1;
    int ne = -1;
    int cs = -1;
    int ce = -1;
    int depth = 0;
    // The key whose value is the object or array being entered; -1 when there is none.
    int pendingFrom = -1;
    int pendingTo = -1;
    int i = from;
    while (i < to) {
      byte c = b[i];
      if (c == '{' || c == '[') {
        if (depth < MAX_DEPTH) {
          parentFrom[depth] = pendingFrom;
          parentTo[depth] = pendingTo;
        }
        depth++;
        pendingFrom = -1;
        i++;
        continue;
      }
      if (c == '}' || c == ']') {
        if (--depth < 0) {
          return LineParser.malformed(e, "a JSON line that closes more objects than it opens");
        }
        i++;
        continue;
      }
      if (c != '"') {
        i++;
        continue;
      }
      int ks = i + 1;
      int ke = Bytes.jsonStringEnd(b, ks, to);
      if (ke < 0) {
        return LineParser.malformed(e, "an unterminated JSON string");
      }
      int colon = Bytes.skipSpaces(b, ke + 1, to);
      if (colon >= to || b[colon] != ':') {
        i = ke + 1; // a string inside an array
        continue;
      }
      int vs = Bytes.skipSpaces(b, colon + 1, to);
      if (vs >= to) {
        return LineParser.malformed(e, "a JSON key without a value");
      }
      if (b[vs] == '{' || b[vs] == '[') {
        pendingFrom = ks;
        pendingTo = ke;
        i = vs;
        continue;
      }
      int ve;
      int next;
      if (b[vs] == '"') {
        vs++;
        ve = Bytes.jsonStringEnd(b, vs, to);
        if (ve < 0) {
          return LineParser.malformed(e, "an unterminated JSON string");
        }
        next = ve + 1;
      } else {
        ve = Bytes.jsonScalarEnd(b, vs, to);
        next = ve;
      }
      if (Bytes.equals(b, ks, ke, QNAME)) {
        ns = vs;
        ne = ve;
      } else if (Bytes.equals(b, ks, ke, SOURCE)) {
        cs = vs;
        ce = ve;
      } else if (t == Times.BAD && (Bytes.equals(b, ks, ke, EVENT_TIME) || Bytes.equals(b, ks, ke, TIMESTAMP)
          || Bytes.equals(b, ks, ke, TIME_CREATED))) {
        t = times.iso(b, vs, ve);
      } else if (id < 0 && (isEventId(b, ks, ke) || Bytes.equals(b, ks, ke, CODE) && inEvent(b, depth))) {
        id = Bytes.digits(b, vs, ve);
      }
      i = next;
    }
    return event(id, t, b, ns, ne, cs, ce, e);
  }

  /** Whether the object at {@code depth} is the value of a key named {@code event}. */
  private boolean inEvent(byte[] b, int depth) {
    int k = depth - 1;
    if (k < 0 || k >= MAX_DEPTH || parentFrom[k] < 0) {
      return false;
    }
    return parentTo[k] - parentFrom[k] == EVENT.length
        && Bytes.startsWith(b, parentFrom[k], parentTo[k], EVENT);
  }

  private int xml(byte[] b, int from, int to, Event e) {
    int close = Bytes.indexOf(b, from, to, XML_EVENT_END);
    if (close >= 0 && Bytes.skipSpaces(b, close + XML_EVENT_END.length, to) < to) {
      // events written back to back: read as one, all but one would be lost
      return LineParser.malformed(e, "several <Event> elements on one line: write one event per line"
          + " (PowerShell: ForEach-Object { $_.ToXml() })");
    }
    long id = -1;
    int at = Bytes.indexOf(b, from, to, XML_EVENT_ID);
    if (at >= 0) {
      int gt = Bytes.indexOf(b, at + XML_EVENT_ID.length, to, '>');
      int lt = gt < 0 ? -1 : Bytes.indexOf(b, gt + 1, to, '<');
      if (lt > gt) {
        id = Bytes.digits(b, gt + 1, lt);
      }
    }
    long t = Times.BAD;
    at = Bytes.indexOf(b, from, to, XML_SYSTEM_TIME);
    if (at >= 0) {
      int vs = at + XML_SYSTEM_TIME.length;
      int ve = vs < to ? Bytes.indexOf(b, vs + 1, to, b[vs]) : -1;
      if (ve > vs) {
        t = times.iso(b, vs + 1, ve);
      }
    }
    int ns = -1;
    int ne = -1;
    int cs = -1;
    int ce = -1;
    int i = from;
    while ((at = Bytes.indexOf(b, i, to, XML_NAME)) >= 0) {
      int q = at + XML_NAME.length;
      if (q >= to || b[q] != '\'' && b[q] != '"') {
        i = q;
        continue;
      }
      int nameEnd = Bytes.indexOf(b, q + 1, to, b[q]);
      if (nameEnd < 0 || nameEnd + 1 >= to || b[nameEnd + 1] != '>') {
        i = q + 1;
        continue;
      }
      int vs = nameEnd + 2;
      int ve = Bytes.indexOf(b, vs, to, '<');
      if (ve < 0) {
        return LineParser.malformed(e, "an unclosed <Data> element");
      }
      if (Bytes.equals(b, q + 1, nameEnd, QNAME)) {
        ns = vs;
        ne = ve;
      } else if (Bytes.equals(b, q + 1, nameEnd, SOURCE)) {
        cs = vs;
        ce = ve;
      }
      i = ve;
    }
    return event(id, t, b, ns, ne, cs, ce, e);
  }

  private static int event(long id, long t, byte[] b, int ns, int ne, int cs, int ce, Event e) {
    if (id < 0) {
      return LineParser.malformed(e, "no event id (EventID) in a Windows DNS analytic event");
    }
    if (id != QUERY_RECEIVED) {
      return IGNORED;
    }
    if (t == Times.BAD) {
      return LineParser.malformed(e, "a QUERY_RECEIVED event (256) without a readable time");
    }
    if (cs < 0 || ce == cs) {
      return LineParser.malformed(e, "a QUERY_RECEIVED event (256) without its client (Source)");
    }
    if (ns < 0 || ne == ns) {
      return LineParser.malformed(e, "a QUERY_RECEIVED event (256) without its name (QNAME)");
    }
    e.time = t;
    e.client(b, cs, ce);
    e.name(b, ns, ne);
    return QUERY;
  }

  private static boolean isEventId(byte[] b, int from, int to) {
    for (byte[] name : EVENT_IDS) {
      if (Bytes.equals(b, from, to, name)) {
        return true;
      }
    }
    return false;
  }

}
