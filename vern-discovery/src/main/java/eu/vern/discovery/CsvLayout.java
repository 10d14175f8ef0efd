package eu.vern.discovery;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which columns of a CSV log hold the time, the client and the host, and what separates them.
 * Vern's own layout is {@code timestamp,client,name}; an export from a SIEM or a security product
 * names its columns in a header line instead ({@code Timestamp,DeviceName,RemoteUrl} from Microsoft
 * Defender's advanced hunting, {@code _time,src,query} from Splunk, {@code TimeGenerated,ClientIP,Name}
 * from Sentinel), which is read by the names below, compared without case, spaces or punctuation.
 * Where several columns could be the client, the address comes before a device name and that
 * before a user name; every one is hashed the same way. Under such a header, commas, semicolons (a
 * spreadsheet saved with a Swedish or Norwegian locale) or tabs separate the columns, whichever the
 * header has most of outside quotes; without one, only commas do.
 */
record CsvLayout(int time, int client, int name, int columns, byte separator, byte[] headerTime) {

  /** {@code timestamp,client,name}, with or without that header. */
  static final CsvLayout DEFAULT = new CsvLayout(0, 1, 2, 3, (byte) ',',
      "timestamp".getBytes(StandardCharsets.US_ASCII));

  private static final List<String> TIME = List.of("timestamp", "time", "datetime", "eventtime",
      "timegenerated", "ts", "querytime", "generatetime", "receivetime", "receivedtime", "date");
  private static final List<String> CLIENT = List.of("client", "clientip", "clientaddress", "srcip",
      "src", "sourceip", "sourceaddress", "source", "idorigh", "ip", "ipaddress", "localip",
      "internalip", "devicename", "device", "computer", "user", "username");
  // "domain" comes last: some exports (PAN-OS's) carry a "Domain" column that is no host at all
  private static final List<String> NAME = List.of("name", "query", "queryname", "qname",
      "dnsquery", "dnsname", "fqdn", "hostname", "desthost", "destinationhost", "remoteurl", "url",
      "urlfilename", "requesturl", "sni", "servername", "domainname", "domain");

  /**
   * The layout of a CSV log whose first non-blank line is {@code lines.get(0)} in {@code head}: the
   * named columns when that line is a header naming a time, a client and a host column, else {@link
   * #DEFAULT} with the separator found.
   */
  static CsvLayout read(byte[] head, List<int[]> lines) {
    if (lines.isEmpty()) {
      return DEFAULT;
    }
    int[] first = lines.get(0);
    byte separator = separator(head, first[0], first[1]);
    List<String> names = new ArrayList<>();
    int[] starts = new int[256];
    int[] ends = new int[256];
    int n = CsvFields.split(head, first[0], first[1], separator, starts, ends);
    for (int i = 0; i < n; i++) {
      names.add(normalised(new String(head, starts[i], ends[i] - starts[i], StandardCharsets.UTF_8)));
    }
    int time = firstOf(names, TIME);
    int client = firstOf(names, CLIENT);
    int name = firstOf(names, NAME);
    if (time < 0 || client < 0 || name < 0) {
      return DEFAULT; // without a header naming the columns, only Vern's own comma layout
    }
    byte[] headerTime = new String(head, starts[time], ends[time] - starts[time], StandardCharsets.UTF_8)
        .toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8);
    return new CsvLayout(time, client, name, Math.max(time, Math.max(client, name)) + 1, separator,
        headerTime);
  }

  /** Whether {@code b[from, to)}, a time field, is the header's time column name (any case). */
  boolean isHeaderTime(byte[] b, int from, int to) {
    return to - from == headerTime.length && Bytes.equalsFolded(b, from, headerTime);
  }


  private static byte separator(byte[] b, int from, int to) {
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    boolean quoted = false;
    for (int i = from; i < to; i++) {
      byte c = b[i];
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted) {
        commas += c == ',' ? 1 : 0;
        semicolons += c == ';' ? 1 : 0;
        tabs += c == '\t' ? 1 : 0;
      }
    }
    return tabs > commas && tabs > semicolons ? (byte) '\t'
        : semicolons > commas ? (byte) ';' : (byte) ',';
  }

  private static String normalised(String name) {
    StringBuilder s = new StringBuilder();
    for (char c : name.toLowerCase(Locale.ROOT).toCharArray()) {
      if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
        s.append(c);
      }
    }
    return s.toString();
  }

  private static int firstOf(List<String> names, List<String> wanted) {
    for (String w : wanted) {
      int i = names.indexOf(w);
      if (i >= 0) {
        return i;
      }
    }
    return -1;
  }
}
