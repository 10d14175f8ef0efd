package eu.vern.discovery;

import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Writes dnstap files for tests, by the documented layout: a Frame Streams container (a START
 * control frame with the content type {@code protobuf:dnstap.Dnstap}, data frames, a STOP control
 * frame) whose data frames are {@code Dnstap} messages as dnstap.proto numbers their fields. Each
 * query is written as a resolver writes it: a CLIENT_QUERY and then its CLIENT_RESPONSE.
 */
final class DnstapWriter {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private int id;

  DnstapWriter() {
    byte[] type = "protobuf:dnstap.Dnstap".getBytes(StandardCharsets.US_ASCII);
    ByteArrayOutputStream start = new ByteArrayOutputStream();
    int32(start, 2); // START
    int32(start, 1); // field: content type
    int32(start, type.length);
    start.writeBytes(type);
    control(start.toByteArray());
  }

  /** A client's query for {@code name} at {@code time}, and the resolver's response to it. */
  DnstapWriter query(Instant time, String client, String name) {
    return write(5, 6, time, client, name);
  }

  /** A query an authoritative server answered (AUTH_QUERY, AUTH_RESPONSE): no client of ours. */
  DnstapWriter authoritative(Instant time, String resolver, String name) {
    return write(1, 2, time, resolver, name);
  }

  private DnstapWriter write(int queryType, int responseType, Instant time, String client, String name) {
    byte[] address;
    try {
      address = InetAddress.getByName(client).getAddress();
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException(client, e);
    }
    id++;
    byte[] question = dnsQuery(id, name);
    frame(dnstap(message(queryType, address, time, 10, question)));
    frame(dnstap(message(responseType, address, time, 14, question)));
    return this;
  }

  /** The events of a {@code timestamp,client,name} CSV file (header skipped) as a dnstap file. */
  static byte[] fromCsv(java.nio.file.Path csv) throws java.io.IOException {
    DnstapWriter w = new DnstapWriter();
    for (String line : java.nio.file.Files.readAllLines(csv)) {
      String[] f = line.split(",");
      if (f.length == 3 && !f[0].equals("timestamp")) {
        w.query(Instant.parse(f[0]), f[1], f[2]);
      }
    }
    return w.finish();
  }

  /** The file: what was written, and the STOP frame. */
  byte[] finish() {
    ByteArrayOutputStream stop = new ByteArrayOutputStream();
    int32(stop, 3); // STOP
    control(stop.toByteArray());
    return out.toByteArray();
  }

  private void control(byte[] frame) {
    int32(out, 0);
    int32(out, frame.length);
    out.writeBytes(frame);
  }

  private void frame(byte[] payload) {
    int32(out, payload.length);
    out.writeBytes(payload);
  }

  private static byte[] dnstap(byte[] message) {
    ByteArrayOutputStream d = new ByteArrayOutputStream();
    bytes(d, 1, "resolver1.kommun.example".getBytes(StandardCharsets.US_ASCII));
    bytes(d, 2, "vern test writer".getBytes(StandardCharsets.US_ASCII));
    bytes(d, 14, message);
    varint(d, 15 << 3);
    varint(d, 1); // MESSAGE
    return d.toByteArray();
  }

  /** A Message of {@code type} (5 CLIENT_QUERY, 6 CLIENT_RESPONSE, ...), the DNS message in {@code field}. */
  private byte[] message(int type, byte[] address, Instant time, int field, byte[] dns) {
    ByteArrayOutputStream m = new ByteArrayOutputStream();
    varint(m, 1 << 3);
    varint(m, type);
    varint(m, 2 << 3);
    varint(m, address.length == 4 ? 1 : 2); // INET, INET6
    varint(m, 3 << 3);
    varint(m, 1); // UDP
    bytes(m, 4, address);
    bytes(m, 5, new byte[] {10, 0, 0, 53});
    varint(m, 6 << 3);
    varint(m, 40000 + id);
    varint(m, 7 << 3);
    varint(m, 53);
    int timeField = type % 2 == 1 ? 8 : 12; // queries are odd, responses even
    varint(m, timeField << 3);
    varint(m, time.getEpochSecond());
    varint(m, (timeField + 1) << 3 | 5);
    int nanos = time.getNano();
    m.write(nanos);
    m.write(nanos >>> 8);
    m.write(nanos >>> 16);
    m.write(nanos >>> 24);
    bytes(m, field, dns);
    return m.toByteArray();
  }

  /** A DNS query for {@code name}, type A, class IN, recursion desired. */
  private static byte[] dnsQuery(int id, String name) {
    ByteArrayOutputStream q = new ByteArrayOutputStream();
    q.write(id >>> 8);
    q.write(id);
    q.write(0x01); // RD
    q.write(0x00);
    q.write(0);
    q.write(1); // QDCOUNT
    q.writeBytes(new byte[6]);
    for (String label : name.split("\\.")) {
      if (!label.isEmpty()) {
        byte[] b = label.getBytes(StandardCharsets.US_ASCII);
        q.write(b.length);
        q.writeBytes(b);
      }
    }
    q.write(0);
    q.writeBytes(new byte[] {0, 1, 0, 1});
    return q.toByteArray();
  }

  /**
   * A DNS response for {@code name}, type A, class IN, whose answer is one CNAME record (the owner
   * compressed to the question, the target written out) to {@code target}.
   */
  static byte[] dnsResponse(String name, String target) {
    ByteArrayOutputStream r = new ByteArrayOutputStream();
    r.writeBytes(new byte[] {0x12, 0x34, (byte) 0x81, (byte) 0x80, 0, 1, 0, 1, 0, 0, 0, 0});
    labels(r, name);
    r.writeBytes(new byte[] {0, 1, 0, 1});
    ByteArrayOutputStream data = new ByteArrayOutputStream();
    labels(data, target);
    r.writeBytes(new byte[] {(byte) 0xC0, 12, 0, 5, 0, 1, 0, 0, 1, 44, 0, (byte) data.size()});
    r.writeBytes(data.toByteArray());
    return r.toByteArray();
  }

  private static void labels(ByteArrayOutputStream o, String name) {
    for (String label : name.split("\\.")) {
      byte[] b = label.getBytes(StandardCharsets.US_ASCII);
      o.write(b.length);
      o.writeBytes(b);
    }
    o.write(0);
  }

  private static void bytes(ByteArrayOutputStream o, int field, byte[] value) {
    varint(o, field << 3 | 2);
    varint(o, value.length);
    o.writeBytes(value);
  }

  private static void varint(ByteArrayOutputStream o, long v) {
    while ((v & ~0x7FL) != 0) {
      o.write((int) (v & 0x7F) | 0x80);
      v >>>= 7;
    }
    o.write((int) v);
  }

  private static void int32(ByteArrayOutputStream o, int v) {
    o.write(v >>> 24);
    o.write(v >>> 16);
    o.write(v >>> 8);
    o.write(v);
  }
}
