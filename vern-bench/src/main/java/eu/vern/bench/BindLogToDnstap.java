package eu.vern.bench;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * Rewrites a generated BIND query log as the dnstap file a resolver logging the same queries
 * would write (one CLIENT_QUERY frame per query, in a Frame Streams container), so that reading
 * dnstap can be measured against reading text: {@code java -cp vern-bench/target/benchmarks.jar
 * eu.vern.bench.BindLogToDnstap BIND_LOG DNSTAP_FILE}.
 */
public final class BindLogToDnstap {


  private BindLogToDnstap() {}

  public static void main(String[] args) throws Exception {
    long queries = 0;
    ByteBuffer frame = ByteBuffer.allocate(1024);
    ByteBuffer message = ByteBuffer.allocate(512);
    ByteBuffer dns = ByteBuffer.allocate(300);
    try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.ISO_8859_1);
         OutputStream out = new BufferedOutputStream(Files.newOutputStream(Path.of(args[1])), 1 << 20)) {
      byte[] contentType = "protobuf:dnstap.Dnstap".getBytes(StandardCharsets.US_ASCII);
      ByteBuffer start = ByteBuffer.allocate(20 + contentType.length)
          .putInt(0).putInt(12 + contentType.length).putInt(2).putInt(1).putInt(contentType.length)
          .put(contentType);
      out.write(start.array());
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        BindQuery query = BindQuery.parse(line);
        if (query == null) {
          continue;
        }
        String client = query.client();
        long millis = query.time().toInstant(ZoneOffset.UTC).toEpochMilli();
        dns.clear().put(query.packet((int) queries)).flip();
        byte[] address = InetAddress.getByName(client).getAddress();
        message.clear();
        tag(message, 1, 0).put((byte) 5); // CLIENT_QUERY
        tag(message, 4, 2).put((byte) address.length).put(address);
        tag(message, 8, 0);
        varint(message, millis / 1000);
        tag(message, 9, 5).putInt(Integer.reverseBytes((int) (millis % 1000) * 1_000_000));
        tag(message, 10, 2);
        varint(message, dns.remaining());
        message.put(dns).flip();
        frame.clear().putInt(0); // the length, once known
        tag(frame, 14, 2);
        varint(frame, message.remaining());
        frame.put(message);
        tag(frame, 15, 0).put((byte) 1); // MESSAGE
        frame.putInt(0, frame.position() - 4);
        out.write(frame.array(), 0, frame.position());
        queries++;
      }
      out.write(ByteBuffer.allocate(12).putInt(0).putInt(4).putInt(3).array()); // STOP
    }
    System.out.printf(Locale.ROOT, "%,d queries, %,d bytes: %s%n", queries, Files.size(Path.of(args[1])), args[1]);
  }

  private static ByteBuffer tag(ByteBuffer b, int field, int wire) {
    return b.put((byte) (field << 3 | wire));
  }

  private static void varint(ByteBuffer b, long v) {
    for (; (v & ~0x7FL) != 0; v >>>= 7) {
      b.put((byte) (v & 0x7F | 0x80));
    }
    b.put((byte) v);
  }
}
