package eu.vern.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Rewrites a generated BIND query log as the DNS log of a security service answering the same
 * queries: Cisco Umbrella's S3 export (quoted CSV) or a FortiGate's DNS filter queries (FortiOS 7
 * {@code key=value} entries, every field such an entry carries), so that reading them can be
 * measured against reading text: {@code java -cp vern-bench/target/benchmarks.jar
 * eu.vern.bench.BindLogToFirewallLogs umbrella|fortigate BIND_LOG OUT}.
 */
public final class BindLogToFirewallLogs {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

  private BindLogToFirewallLogs() {}

  public static void main(String[] args) throws Exception {
    boolean umbrella = args[0].equals("umbrella");
    long queries = 0;
    try (BufferedReader in = Files.newBufferedReader(Path.of(args[1]), StandardCharsets.ISO_8859_1);
        BufferedWriter out = Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        BindQuery q = BindQuery.parse(line);
        if (q == null) {
          continue;
        }
        if (umbrella) {
          String site = "Site-" + Math.floorMod(q.client().hashCode(), 7);
          out.write(String.format("\"%s %s\",\"%s\",\"%s,Network\",\"%s\",\"198.51.100.7\",\"Allowed\","
                  + "\"1 (A)\",\"NOERROR\",\"%s.\",\"Business Services\",\"Site\",\"Site,Network\",\"\"%n",
              DATE.format(q.time()), TIME.format(q.time()), site, site, q.client(), q.name()));
        } else {
          long nanos = q.time().toInstant(ZoneOffset.UTC).toEpochMilli() * 1_000_000L;
          out.write(String.format("date=%s time=%s eventtime=%d tz=\"+0000\" logid=\"1500054000\""
                  + " type=\"utm\" subtype=\"dns\" eventtype=\"dns-query\" level=\"information\""
                  + " vd=\"root\" policyid=12 sessionid=%d srcip=%s srcport=53000 srcintf=\"lan\""
                  + " srcintfrole=\"lan\" dstip=10.0.0.53 dstport=53 dstintf=\"wan1\""
                  + " dstintfrole=\"wan\" proto=17 profile=\"default\" xid=%d qname=\"%s\""
                  + " qtype=\"A\" qtypeval=1 qclass=\"IN\"%n",
              DATE.format(q.time()), TIME.format(q.time()), nanos, queries, q.client(),
              queries & 0xffff, q.name()));
        }
        queries++;
      }
    }
    System.out.printf("%,d queries%n", queries);
  }
}
