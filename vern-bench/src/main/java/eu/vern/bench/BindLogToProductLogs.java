package eu.vern.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Rewrites a generated BIND query log as the log another product answering the same queries would
 * write, so that reading it can be measured against reading text: Cisco Umbrella's S3 export
 * (quoted CSV), FortiGate DNS filter queries (FortiOS 7 {@code key=value}), PAN-OS URL Filtering
 * entries (syslog CSV), Sophos Firewall web filter entries ({@code key=value}) or AdGuard Home's
 * query log (JSON lines), each with the fields such an entry carries: {@code java -cp
 * vern-bench/target/benchmarks.jar eu.vern.bench.BindLogToProductLogs
 * umbrella|fortigate|panos|sophos|adguard-home BIND_LOG OUT}.
 */
public final class BindLogToProductLogs {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
  private static final DateTimeFormatter SYSLOG =
      DateTimeFormatter.ofPattern("MMM dd HH:mm:ss", java.util.Locale.ENGLISH);

  private BindLogToProductLogs() {}

  public static void main(String[] args) throws Exception {
    String product = args[0];
    long queries = 0;
    try (BufferedReader in = Files.newBufferedReader(Path.of(args[1]), StandardCharsets.ISO_8859_1);
        BufferedWriter out = Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        BindQuery q = BindQuery.parse(line);
        if (q == null) {
          continue;
        }
        String date = DATE.format(q.time());
        String time = TIME.format(q.time());
        out.write(switch (product) {
          case "umbrella" -> {
            String site = "Site-" + Math.floorMod(q.client().hashCode(), 7);
            yield String.format("\"%s %s\",\"%s\",\"%s,Network\",\"%s\",\"198.51.100.7\",\"Allowed\","
                + "\"1 (A)\",\"NOERROR\",\"%s.\",\"Business Services\",\"Site\",\"Site,Network\",\"\"%n",
                date, time, site, site, q.client(), q.name());
          }
          case "fortigate" -> String.format("date=%s time=%s eventtime=%d tz=\"+0000\" logid=\"1500054000\""
              + " type=\"utm\" subtype=\"dns\" eventtype=\"dns-query\" level=\"information\""
              + " vd=\"root\" policyid=12 sessionid=%d srcip=%s srcport=53000 srcintf=\"lan\""
              + " srcintfrole=\"lan\" dstip=10.0.0.53 dstport=53 dstintf=\"wan1\""
              + " dstintfrole=\"wan\" proto=17 profile=\"default\" xid=%d qname=\"%s\""
              + " qtype=\"A\" qtypeval=1 qclass=\"IN\"%n",
              date, time, q.time().toInstant(ZoneOffset.UTC).toEpochMilli() * 1_000_000L, queries,
              q.client(), queries & 0xffff, q.name());
          case "panos" -> String.format("<14>%s fw01 1,%s %s,012801000001,THREAT,url,2562,%s %s,%s,"
              + "198.51.100.20,203.0.113.5,198.51.100.20,internet,,,ssl,vsys1,lan,internet,ethernet1/2,"
              + "ethernet1/1,syslog,%s %s,%d,1,50000,443,60000,443,0x40b000,tcp,alert,\"%s/\",(9999),"
              + "business-and-economy,informational,client-to-server,%d,0x8000000000000000,"
              + "10.0.0.0-10.255.255.255,Sweden,0,text/html%n",
              SYSLOG.format(q.time()), date.replace('-', '/'), time, date.replace('-', '/'), time,
              q.client(), date.replace('-', '/'), time, queries, q.name(), queries);
          case "sophos" -> String.format("<30>device=\"SFW\" date=%s time=%s timezone=\"UTC\""
              + " device_name=\"XGS2100\" device_id=X21000000000001 log_id=050901616001"
              + " log_type=\"Content Filtering\" log_component=\"HTTPS\" log_subtype=\"Allowed\""
              + " status=\"\" priority=Information fw_rule_id=12 user_name=\"\" user_gp=\"\" iap=4"
              + " category=\"Business\" category_type=\"Acceptable\" url=\"https://%s/\""
              + " contenttype=\"text/html\" src_ip=%s dst_ip=198.51.100.20 protocol=\"TCP\""
              + " src_port=50000 dst_port=443 sent_bytes=0 recv_bytes=1200 domain=%s%n",
              date, time, q.name(), q.client(), q.name());
          case "adguard-home" -> String.format("{\"T\":\"%sT%s.000000000Z\",\"QH\":\"%s\",\"QT\":\"A\","
              + "\"QC\":\"IN\",\"CP\":\"\",\"Upstream\":\"https://dns.example:443/dns-query\","
              + "\"Answer\":\"AAGBgAABAAEAAAAABHRlc3QAAAEAAcAMAAEAAQAAASwABMYzZBQ=\",\"IP\":\"%s\","
              + "\"Result\":{},\"Elapsed\":21500000}%n",
              date, time, q.name(), q.client());
          default -> throw new IllegalArgumentException("umbrella, fortigate, panos, sophos or adguard-home");
        });
        queries++;
      }
    }
    System.out.printf("%,d queries%n", queries);
  }
}
