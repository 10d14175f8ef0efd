package eu.vern.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Rewrites a generated BIND query log as the Windows DNS Server analytic events a server answering
 * the same queries would log (one QUERY_RECEIVED event, 256, per query, with every field the event
 * carries), as NXLog's JSON or as the XML Windows renders, so that reading them can be measured
 * against reading text: {@code java -cp vern-bench/target/benchmarks.jar
 * eu.vern.bench.BindLogToWindowsEvents json|xml BIND_LOG OUT}.
 */
public final class BindLogToWindowsEvents {

  private static final DateTimeFormatter NXLOG = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  private static final DateTimeFormatter SYSTEM_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'0000Z'");
  private static final String PROVIDER = "{EB79061A-A566-4698-9119-3ED2807060E7}";

  private BindLogToWindowsEvents() {}

  public static void main(String[] args) throws Exception {
    boolean json = args[0].equals("json");
    long queries = 0;
    try (BufferedReader in = Files.newBufferedReader(Path.of(args[1]), StandardCharsets.ISO_8859_1);
         BufferedWriter out = Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        BindQuery query = BindQuery.parse(line);
        if (query == null) {
          continue;
        }
        LocalDateTime time = query.time();
        String client = query.client();
        String name = query.name();
        queries++;
        int xid = (int) (queries & 0xFFFF);
        String packet = "0x" + HexFormat.of().withUpperCase().formatHex(query.packet(xid));
        out.write(json ? json(time, client, name, xid, packet, queries) : xml(time, client, name, xid, packet, queries));
        out.newLine();
      }
    }
    System.out.printf(Locale.ROOT, "%,d events, %,d bytes: %s%n", queries, Files.size(Path.of(args[2])), args[2]);
  }

  /** NXLog im_etw: the event header's fields, then the event data under their Windows names. */
  private static String json(LocalDateTime time, String client, String name, int xid, String packet,
      long record) {
    String t = NXLOG.format(time);
    return "{\"EventTime\":\"" + t + "\",\"Hostname\":\"dc01.kommun.example\","
        + "\"Keywords\":\"9223372036854775809\",\"EventType\":\"INFO\",\"SeverityValue\":2,"
        + "\"Severity\":\"INFO\",\"EventID\":256,\"SourceName\":\"Microsoft-Windows-DNSServer\","
        + "\"ProviderGuid\":\"" + PROVIDER + "\",\"Version\":0,\"TaskValue\":1,\"OpcodeValue\":0,"
        + "\"RecordNumber\":" + record + ",\"ExecutionProcessID\":2244,\"ExecutionThreadID\":3212,"
        + "\"Channel\":\"Microsoft-Windows-DNSServer/Analytical\",\"Domain\":\"NT AUTHORITY\","
        + "\"AccountName\":\"SYSTEM\",\"UserID\":\"S-1-5-18\",\"AccountType\":\"Well Known Group\","
        + "\"TCP\":\"0\",\"InterfaceIP\":\"10.0.0.53\",\"Source\":\"" + client + "\",\"RD\":\"1\","
        + "\"QNAME\":\"" + name + ".\",\"QTYPE\":\"1\",\"XID\":\"" + xid + "\",\"Port\":\"50000\","
        + "\"Flags\":\"256\",\"PacketData\":\"" + packet + "\",\"AdditionalInfo\":\".\","
        + "\"GUID\":\"{52E6B438-F2A7-269E-6513-0C5CA6A3A450}\",\"EventReceivedTime\":\"" + t + "\","
        + "\"SourceModuleName\":\"dns_analytical\",\"SourceModuleType\":\"im_etw\"}";
  }

  /** The event as EventRecord.ToXml() renders it, on one line. */
  private static String xml(LocalDateTime time, String client, String name, int xid, String packet,
      long record) {
    return "<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System>"
        + "<Provider Name='Microsoft-Windows-DNSServer' Guid='" + PROVIDER + "'/><EventID>256</EventID>"
        + "<Version>0</Version><Level>4</Level><Task>1</Task><Opcode>0</Opcode>"
        + "<Keywords>0x8000000000000001</Keywords><TimeCreated SystemTime='" + SYSTEM_TIME.format(time)
        + "'/><EventRecordID>" + record + "</EventRecordID><Correlation/>"
        + "<Execution ProcessID='2244' ThreadID='3212'/><Channel>Microsoft-Windows-DNSServer/Analytical"
        + "</Channel><Computer>dc01.kommun.example</Computer><Security UserID='S-1-5-18'/></System>"
        + "<EventData><Data Name='TCP'>0</Data><Data Name='InterfaceIP'>10.0.0.53</Data>"
        + "<Data Name='Source'>" + client + "</Data><Data Name='RD'>1</Data><Data Name='QNAME'>" + name
        + ".</Data><Data Name='QTYPE'>1</Data><Data Name='XID'>" + xid + "</Data>"
        + "<Data Name='Port'>50000</Data><Data Name='Flags'>256</Data><Data Name='PacketData'>" + packet
        + "</Data><Data Name='AdditionalInfo'>.</Data><Data Name='GUID'>{52E6B438-F2A7-269E-6513-0C5CA6A3A450}"
        + "</Data></EventData></Event>";
  }
}
