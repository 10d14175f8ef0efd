package eu.vern.discovery;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A Squid {@code logformat} definition, the text after the format's name in squid.conf (such as
 * {@code %ts.%03tu %>a %rm %ru %ssl::>sni}), compiled into the parts a line of that format is
 * read by: literal text, and format codes. Of the codes, discovery needs one time ({@code %ts}
 * with {@code %tu}, {@code %tS}, {@code %tl} or {@code %tg}, the last two with an optional
 * strftime pattern), one client ({@code %>a}, else a user name, else {@code %>A}) and one host
 * (the TLS {@code %ssl::>sni}, {@code %>rd}, the URL of {@code %ru}/{@code %>ru} with {@code %rm}
 * telling CONNECT, or the {@code Host} header: the first of them with a value on the line); every
 * other code is a field to skip. Code
 * names are matched the way Squid matches them: namespaced ones first, then the longest known
 * name.
 */
final class SquidLogformat {

  /** What a format code gives; OTHER is skipped. */
  enum Code { CLIENT_IP, USER, CLIENT_NAME, SECONDS, SUBSECOND, START, LOCAL_TIME, GMT_TIME,
    METHOD, URL, DOMAIN, SNI, HOST_HEADER, OTHER }

  /** One piece of the definition. */
  sealed interface Part permits Literal, Field {}

  /** Text a line repeats; a space in it stands for one or more spaces (Squid pads fields). */
  record Literal(byte[] bytes) implements Part {}

  /**
   * A format code: what it gives, its zero-padded width when it has one (a fixed-width field may
   * be followed directly by another field), the strftime pattern of a time code, and whether its
   * value is written as a quoted string (so that {@code \"} inside it does not end it).
   */
  record Field(Code code, String name, int fixedWidth, @Nullable StrftimePattern time, boolean quoted)
      implements Part {}

  /** Squid's format code names (its token tables), which set where a code ends. */
  private static final List<String> NAMES;
  private static final Map<String, Code> CODES = Map.ofEntries(
      Map.entry(">a", Code.CLIENT_IP), Map.entry(">A", Code.CLIENT_NAME),
      Map.entry("un", Code.USER), Map.entry("ul", Code.USER), Map.entry("ue", Code.USER),
      Map.entry("ui", Code.USER), Map.entry("ts", Code.SECONDS), Map.entry("tu", Code.SUBSECOND),
      Map.entry("tS", Code.START), Map.entry("tl", Code.LOCAL_TIME), Map.entry("tg", Code.GMT_TIME),
      Map.entry("rm", Code.METHOD), Map.entry(">rm", Code.METHOD), Map.entry("ru", Code.URL),
      Map.entry(">ru", Code.URL), Map.entry(">rd", Code.DOMAIN), Map.entry("ssl::>sni", Code.SNI),
      Map.entry("tls::>sni", Code.SNI));

  static {
    List<String> names = new ArrayList<>(List.of(
        ">a", ">p", ">A", "<a", "<p", "<A", ">h", "<h", ">v",
        ">la", "la", ">lp", "lp", "<la", "oa", "<lp", "ts", "tu", "tl", "tg", "tS", "tr", "<pt",
        "<tt", "dt", ">ha", "un", "ul", "ui", "ue", "Hs", ">Hs", "<Hs", "<bs", "Ss", "Sh", "mt",
        ">rm", ">ru", ">rs", ">rd", ">rP", ">rp", ">rv", "rm", "ru", "rp", "rv", "rG", "<rm", "<ru",
        "<rs", "<rd", "<rP", "<rp", "<rv", ">st", ">sh", "<st", "<sH", "<sS", "<sh", "st", "et", "ea",
        "sn", ">eui", ">qos", "<qos", ">nfmark", "<nfmark", ">handshake", "err_code", "err_detail",
        "note", "credentials", "master_xaction", "busy_time", "<lh", ">noteall", "transport::>connection_id"));
    for (String ns : List.of("ssl::", "tls::")) {
      for (String t : List.of("bump_mode", ">cert_subject", ">cert_issuer", ">sni", "<cert_subject",
          "<cert_issuer", "<cert_errors", ">negotiated_version", "<negotiated_version",
          ">negotiated_cipher", "<negotiated_cipher", ">received_hello_version",
          "<received_hello_version", ">received_supported_version", "<received_supported_version")) {
        names.add(ns + t);
      }
    }
    for (String t : List.of("tt", "<last_h", "<A", "<service_name", "ru", "rm", ">st", "<st", "<bs",
        ">h", "<h", "tr", "tio", "to", "Hs")) {
      names.add("icap::" + t);
    }
    for (String t : List.of("all_trs", "sum_trs", "<last_h")) {
      names.add("adapt::" + t);
    }
    names.sort(Comparator.comparingInt(String::length).reversed());
    NAMES = List.copyOf(names);
  }

  private final List<Part> parts;
  private final Code time;
  private final Code client;
  private final List<Code> hosts;

  private SquidLogformat(List<Part> parts, Code time, Code client, List<Code> hosts) {
    this.parts = List.copyOf(parts);
    this.time = time;
    this.client = client;
    this.hosts = List.copyOf(hosts);
  }

  List<Part> parts() {
    return parts;
  }

  /** The code the time is read from: SECONDS (with SUBSECOND when present), START, LOCAL or GMT. */
  Code time() {
    return time;
  }

  Code client() {
    return client;
  }

  /** The codes a host is taken from, the first with a value winning. */
  List<Code> hosts() {
    return hosts;
  }

  /**
   * Compiles a definition; a {@code logformat NAME} in front, as copied from squid.conf, is
   * skipped. A definition Vern cannot read lines by is refused with what is wrong and where.
   */
  static SquidLogformat compile(String text) {
    String def = text.strip();
    if (def.equals("logformat") || def.startsWith("logformat ")) {
      String rest = def.substring("logformat".length()).strip();
      int space = rest.indexOf(' ');
      def = space < 0 ? "" : rest.substring(space + 1).strip();
    }
    if (def.isEmpty()) {
      throw new IllegalArgumentException("the Squid logformat is empty");
    }
    List<Part> parts = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    boolean quotedContext = false;
    int i = 0;
    while (i < def.length()) {
      char c = def.charAt(i);
      if (c != '%') {
        if (c == '"') {
          quotedContext = !quotedContext;
        }
        literal.append(c);
        i++;
        continue;
      }
      if (i + 1 < def.length() && def.charAt(i + 1) == '%') {
        literal.append('%');
        i += 2;
        continue;
      }
      int start = i;
      i++;
      boolean quoted = quotedContext;
      if (i < def.length() && "\"'[#/".indexOf(def.charAt(i)) >= 0) {
        quoted = def.charAt(i) == '"';
        i++;
      }
      if (i < def.length() && def.charAt(i) == '-') {
        i++;
      }
      boolean zero = i < def.length() && def.charAt(i) == '0';
      int widthStart = i;
      while (i < def.length() && Character.isDigit(def.charAt(i))) {
        i++;
      }
      if (i - widthStart > 4) {
        throw new IllegalArgumentException(at(def, start, "a field width of more than 4 digits"));
      }
      int width = i > widthStart ? Integer.parseInt(def.substring(widthStart, i)) : 0;
      if (i < def.length() && def.charAt(i) == '.') {
        i++;
        while (i < def.length() && Character.isDigit(def.charAt(i))) {
          i++;
        }
      }
      String arg = null;
      if (i < def.length() && def.charAt(i) == '{') {
        int close = def.indexOf('}', i);
        if (close < 0) {
          throw new IllegalArgumentException(at(def, start, "a '{' without its '}'"));
        }
        arg = def.substring(i + 1, close);
        i = close + 1;
      }
      String name = name(def, i);
      if (name.isEmpty()) {
        throw new IllegalArgumentException(at(def, start, "a '%' without a format code after it"));
      }
      i += name.length();
      if (arg == null && i < def.length() && def.charAt(i) == '{') {
        int close = def.indexOf('}', i);
        if (close < 0) {
          throw new IllegalArgumentException(at(def, start, "a '{' without its '}'"));
        }
        arg = def.substring(i + 1, close);
        i = close + 1;
      }
      String bare = name.startsWith("http::") ? name.substring("http::".length()) : name;
      Code code = CODES.getOrDefault(bare, Code.OTHER);
      if (code == Code.OTHER && bare.equals(">h") && arg != null && arg.equalsIgnoreCase("Host")) {
        code = Code.HOST_HEADER;
      }
      StrftimePattern pattern = null;
      if (code == Code.LOCAL_TIME || code == Code.GMT_TIME) {
        try {
          pattern = StrftimePattern.compile(arg == null ? "%d/%b/%Y:%H:%M:%S %z" : arg,
              code == Code.GMT_TIME);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(at(def, start, String.valueOf(e.getMessage())));
        }
      }
      if (literal.length() > 0) {
        parts.add(new Literal(literal.toString().getBytes(StandardCharsets.UTF_8)));
        literal.setLength(0);
      } else if (!parts.isEmpty() && parts.getLast() instanceof Field previous
          && previous.fixedWidth() == 0 && previous.time() == null) {
        throw new IllegalArgumentException(at(def, start, "%" + previous.name()
            + " and %" + name + " have nothing between them, so where one ends cannot be told"));
      }
      parts.add(new Field(code, name, zero ? width : 0, pattern, quoted));
    }
    if (literal.length() > 0) {
      parts.add(new Literal(literal.toString().getBytes(StandardCharsets.UTF_8)));
    }
    List<Code> present = parts.stream().filter(p -> p instanceof Field)
        .map(p -> ((Field) p).code()).toList();
    Code time = first(present, Code.SECONDS, Code.START, Code.LOCAL_TIME, Code.GMT_TIME);
    Code client = first(present, Code.CLIENT_IP, Code.USER, Code.CLIENT_NAME);
    List<Code> hosts = new ArrayList<>();
    // The TLS server name first: a proxy that intercepts TLS sees CONNECT to an address only.
    for (Code h : List.of(Code.SNI, Code.DOMAIN, Code.URL, Code.HOST_HEADER)) {
      if (present.contains(h)) {
        hosts.add(h);
      }
    }
    if (time == null) {
      throw new IllegalArgumentException("the Squid logformat '" + def
          + "' has no time of the request: it needs %ts (with %tu), %tS, %tl or %tg");
    }
    if (client == null) {
      throw new IllegalArgumentException("the Squid logformat '" + def
          + "' has no client: it needs %>a, a user name (%un, %ul, %ue, %ui) or %>A");
    }
    if (hosts.isEmpty()) {
      throw new IllegalArgumentException("the Squid logformat '" + def
          + "' has no host: it needs %>rd, %ru (with %rm), %ssl::>sni or %{Host}>h");
    }
    return new SquidLogformat(parts, time, client, hosts);
  }

  /** The longest known code name at {@code i}, else letters and arrows Squid may know later. */
  private static String name(String def, int i) {
    String rest = def.substring(i);
    String ns = rest.startsWith("http::") ? "http::" : "";
    String after = rest.substring(ns.length());
    for (String n : NAMES) {
      if (after.startsWith(n)) {
        return ns + n;
      }
    }
    // A code Squid may add later: an optional arrow, then letters, digits, '_' or '::'.
    int arrow = !after.isEmpty() && (after.charAt(0) == '<' || after.charAt(0) == '>') ? 1 : 0;
    int k = arrow;
    while (k < after.length() && (Character.isLetterOrDigit(after.charAt(k)) || after.charAt(k) == '_'
        || after.charAt(k) == ':')) {
      k++;
    }
    return k == arrow ? "" : ns + after.substring(0, k);
  }

  private static @Nullable Code first(List<Code> present, Code... wanted) {
    for (Code c : wanted) {
      if (present.contains(c)) {
        return c;
      }
    }
    return null;
  }

  private static String at(String def, int position, String what) {
    return String.format(Locale.ROOT, "the Squid logformat '%s' at character %d: %s", def,
        position + 1, what);
  }
}
