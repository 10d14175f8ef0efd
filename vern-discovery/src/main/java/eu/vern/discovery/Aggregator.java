package eu.vern.discovery;

import eu.vern.catalog.DomainIndex;
import eu.vern.catalog.Service;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * One worker's counts. Per line: the client identifier is hashed (and its audience looked up),
 * once per client and read buffer, and forgotten with the buffer; the host is found in a cache of
 * hosts seen, else looked up once in the catalog's domain index and, when no service lists it,
 * mapped to its registrable domain with the Public
 * Suffix List. The cache is only a cache: it is emptied
 * when it holds a million hosts, so memory grows with distinct domains and clients, not lines.
 */
final class Aggregator {

  private static final int MAX_CACHED_HOSTS = 1 << 20;

  private final Settings settings;
  private final DomainIndex index;
  final int serviceCount;
  final int audienceCount;

  // The host cache: open addressing over one long[], two longs a slot: a 32-bit hash with the
  // group (a service's or an unknown domain's), then an independent 64-bit hash of the same
  // lower-cased bytes. A host is recognised by
  // both (96 bits: two of a million cached hosts collide with probability about 10^-17), so a probe
  // touches one cache line and never the host's bytes.
  private long[] table = new long[2 << 12];
  private int entries;

  /** Per service, a bit per listed name through which it was reached. */
  private final long[][] matched;
  private final java.util.IdentityHashMap<Service, Integer> serviceIds = new java.util.IdentityHashMap<>();

  private static final java.lang.invoke.VarHandle LONGS =
      java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class,
          java.nio.ByteOrder.LITTLE_ENDIAN);
  private static final long CLIENT_BITS = (1L << 40) - 1;
  private static final int MAX_GROUPS = 1 << 23;

  /**
   * Per group (services first, in catalog order, then unknown registrable domains): queries,
   * first seen, last seen, distinct clients; four longs a group, so one line touches one place.
   */
  private long[] stats = new long[4 * 256];
  private int groups;
  /**
   * Every (group, client) pair seen, as group << 40 | 40 bits of the client's pseudonym: one
   * probe a line tells whether the client is new to the group. (A 40-bit pseudonym makes two of
   * n clients of one group collide with probability about n²/2⁴¹: 0.005 for 100,000 clients.)
   */
  private final PairCounter pairs = new PairCounter();
  private final LongLongMap[] hours;
  /** Per service and audience: queries and distinct clients. */
  private final long[] audienceStats;
  private final LongSet audiencePairs = new LongSet();
  final List<String> domains = new ArrayList<>();
  private final Map<String, Integer> domainIds = new HashMap<>();
  /**
   * Aliases: key the queried name's registrable-domain group << 32 | the index of the service its
   * answers CNAME into.
   */
  final Map<Long, Usage> aliases = new HashMap<>();

  long total;
  long parsed;
  long malformed;
  long ignored;
  long outside;

  private final long[] scratch = new long[2];

  // Pseudonyms (and audiences) of the clients met in the read buffer the lines come from, by a
  // cheap hash of the client's bytes: SipHash runs once per client and chunk, not once per line.
  // Privacy: an entry holds where the client's bytes lie in that buffer (offset and length), never
  // a copy of them, and a hit is confirmed by comparing the line's bytes with the bytes still at
  // that place. The buffer is the worker's own and is overwritten with the next chunk; the engine
  // calls forgetClients() before and after each chunk, so no entry outlives the chunk and no
  // address, raw or unkeyed-hashed, is kept beyond it.
  // Two longs a slot: (offset + 1) << 32 | length << 16 | (audience + 1), then the pseudonym.
  private static final int CLIENT_SLOTS = 1 << 12;
  private final long[] clients = new long[2 * CLIENT_SLOTS];
  private byte @Nullable [] clientBuf;
  private final int[] targets = new int[Event.MAX_ANSWERS];

  Aggregator(Settings settings) {
    this.settings = settings;
    this.index = settings.catalog().domains();
    this.serviceCount = settings.services().size();
    this.audienceCount = settings.audiences().ids().size();
    matched = new long[serviceCount][];
    hours = new LongLongMap[serviceCount];
    audienceStats = new long[serviceCount * audienceCount * 2];
    groups = serviceCount;
    ensure(groups);
    for (int i = 0; i < serviceCount; i++) {
      hours[i] = new LongLongMap();
      matched[i] = new long[(settings.domainBytes().get(i).length + 63) / 64];
    }
  }

  void accept(Event e) {
    long t = e.time;
    if (t < settings.since() || t >= settings.until()) {
      outside++;
      return;
    }
    parsed++;
    byte[] cb = e.clientBuf;
    int cf = e.clientFrom;
    int ct = e.clientTo;
    if (cb != clientBuf) {
      forgetClients();
      clientBuf = cb;
    }
    int slot = clientSlot(cb, cf, ct) << 1;
    long[] cs = clients;
    long at = cs[slot];
    int len = ct - cf;
    int seenAt = (int) (at >>> 32) - 1;
    long client;
    int audience;
    if (at != 0 && ((int) at >>> 16) == len
        && (seenAt == cf || java.util.Arrays.equals(cb, seenAt, seenAt + len, cb, cf, ct))) {
      client = cs[slot + 1];
      audience = ((int) at & 0xFFFF) - 1;
    } else {
      client = SipHash.hash(settings.key().k0, settings.key().k1, cb, cf, ct);
      audience = audienceCount == 0 ? -1 : settings.audiences().audienceOf(cb, cf, ct, scratch);
      if (len < 0xFFFF && audience < 0xFFFE) {
        cs[slot] = ((long) (cf + 1) << 32) | ((long) len << 16) | (audience + 1);
        cs[slot + 1] = client;
      }
    }
    int group = groupOf(e.nameBuf, e.nameFrom, e.nameTo);
    count(group, t, client);
    if (group < serviceCount) {
      hours[group].increment(Math.floorDiv(t, Usage.HOUR), 1);
      if (audience >= 0) {
        int key = group * audienceCount + audience;
        audienceStats[key << 1]++;
        if (audiencePairs.add(((long) key << 40) | (client & CLIENT_BITS))) {
          audienceStats[(key << 1) + 1]++;
        }
      }
    }
    if (e.answers > 0) {
      aliases(e, group, t, client, audience);
    }
  }

  /**
   * The answers to a query counted on an earlier line (dnsmasq): only the CNAME aliases they
   * show. The client's bytes are the parser's copy, not the read buffer, so the per-buffer client
   * table is left alone.
   */
  void acceptAnswers(Event e) {
    long t = e.time;
    if (t < settings.since() || t >= settings.until() || e.answers == 0) {
      return;
    }
    long client = SipHash.hash(settings.key().k0, settings.key().k1, e.clientBuf, e.clientFrom, e.clientTo);
    int audience = audienceCount == 0 ? -1
        : settings.audiences().audienceOf(e.clientBuf, e.clientFrom, e.clientTo, scratch);
    aliases(e, groupOf(e.nameBuf, e.nameFrom, e.nameTo), t, client, audience);
  }

  /** Forgets the clients of the current read buffer: call before it is refilled. */
  void forgetClients() {
    if (clientBuf != null) {
      java.util.Arrays.fill(clients, 0);
      clientBuf = null;
    }
  }

  /** A slot of the client table for {@code b[from, to)}: a function of those bytes only. */
  private static int clientSlot(byte[] b, int from, int to) {
    int len = to - from;
    long h;
    if (len <= 16 && from + 16 <= b.length) {
      long w0 = (long) LONGS.get(b, from);
      long w1 = (long) LONGS.get(b, from + 8);
      if (len < 8) {
        w0 &= (1L << (len << 3)) - 1;
        w1 = 0;
      } else if (len < 16) {
        w1 &= (1L << ((len - 8) << 3)) - 1;
      }
      h = (w0 * 0x9E3779B97F4A7C15L) ^ (w1 * 0xC2B2AE3D27D4EB4FL) ^ len;
    } else {
      h = len;
      for (int i = from; i < to; i++) {
        h = (h ^ b[i]) * 0x100000001B3L;
      }
    }
    h *= 0x9E3779B97F4A7C15L;
    return (int) (h >>> 52);
  }

  /**
   * Notes each catalog service, other than the queried name's own, that the answers name (a CNAME
   * target), once per query: a resolver that blocks that service by its own names may still
   * answer this query, so the report shows it, and as a leak where the service is blocked.
   */
  private void aliases(Event e, int group, long t, long client, int audience) {
    int own = group < serviceCount ? group : -1;
    int aliasGroup = -1;
    int found = 0;
    for (int k = 0; k < e.answers; k++) {
      Service s = index.serviceFor(e.answerBuf, e.answerFrom[k], e.answerTo[k]);
      if (s == null) {
        continue;
      }
      int target = serviceId(s);
      if (target == own || contains(targets, found, target)) {
        continue;
      }
      targets[found++] = target;
      if (aliasGroup < 0) {
        // rows name the queried registrable domain, also when the name itself is a catalog one
        aliasGroup = own < 0 ? group : registrableGroup(e.nameBuf, e.nameFrom, e.nameTo);
      }
      aliases.computeIfAbsent(((long) aliasGroup << 32) | target, x -> new Usage(audienceCount))
          .add(t, client, audience);
    }
  }

  private static boolean contains(int[] a, int n, int v) {
    for (int i = 0; i < n; i++) {
      if (a[i] == v) {
        return true;
      }
    }
    return false;
  }

  private void count(int group, long t, long client) {
    long[] st = stats;
    int i = group << 2;
    if (st[i]++ == 0) {
      st[i + 1] = t;
      st[i + 2] = t;
    } else {
      if (t < st[i + 1]) {
        st[i + 1] = t;
      }
      if (t > st[i + 2]) {
        st[i + 2] = t;
      }
    }
    pairs.add(((long) group << 40) | (client & CLIENT_BITS));
  }

  /** Counts the distinct clients of every group; call once, after the last line or merge. */
  void finish() {
    long[] st = stats;
    for (int g = 0; g < groups; g++) {
      st[(g << 2) + 3] = 0;
    }
    pairs.forEachGroup(g -> st[(g << 2) + 3]++);
  }

  private void ensure(int groupCount) {
    if (groupCount > MAX_GROUPS) {
      throw new IllegalStateException("more than " + MAX_GROUPS + " distinct domains in one run");
    }
    if (groupCount * 4 > stats.length) {
      stats = java.util.Arrays.copyOf(stats, Math.max(stats.length * 2, groupCount * 4));
    }
  }

  /** The number of groups: services, then unknown domains. */
  int groups() {
    return groups;
  }

  long queries(int group) {
    return stats[group << 2];
  }

  long first(int group) {
    return stats[(group << 2) + 1];
  }

  long last(int group) {
    return stats[(group << 2) + 2];
  }

  long clients(int group) {
    return stats[(group << 2) + 3];
  }

  LongLongMap hours(int service) {
    return hours[service];
  }

  long audienceQueries(int service, int audience) {
    return audienceStats[(service * audienceCount + audience) << 1];
  }

  long audienceClients(int service, int audience) {
    return audienceStats[((service * audienceCount + audience) << 1) + 1];
  }

  private int serviceId(Service s) {
    Integer id = serviceIds.get(s);
    if (id == null) {
      id = settings.serviceIndex(s);
      serviceIds.put(s, id);
    }
    return id;
  }

  /** Notes which of the service's listed names the host ends with (the longest one). */
  private void markMatched(int service, byte[] b, int from, int to) {
    int end = to > from && b[to - 1] == '.' ? to - 1 : to;
    byte[][] names = settings.domainBytes().get(service);
    int best = -1;
    int bestLength = -1;
    for (int j = 0; j < names.length; j++) {
      byte[] n = names[j];
      int start = end - n.length;
      if (n.length > bestLength && start >= from && (start == from || b[start - 1] == '.')
          && Bytes.equalsFolded(b, start, n)) {
        best = j;
        bestLength = n.length;
      }
    }
    if (best >= 0) {
      matched[service][best >> 6] |= 1L << (best & 63);
    }
  }

  /**
   * The group of a host: its catalog service's index, else serviceCount + the index of its
   * registrable domain. A host seen before costs one hash of its bytes and one probe; the domain
   * index, the note of the catalog name matched and the Public Suffix List run once per host.
   */
  int groupOf(byte[] b, int from, int to) {
    int end = to;
    if (end > from && b[end - 1] == '.') {
      end--;
    }
    // Two independent hashes of the case-folded bytes, eight bytes at a time.
    long h1 = 0x9E3779B97F4A7C15L ^ (end - from);
    long h2 = 0xcbf29ce484222325L;
    int i = from;
    for (; i + 8 <= end; i += 8) {
      long w = (long) LONGS.get(b, i) | 0x2020202020202020L;
      h1 = Long.rotateLeft((h1 ^ w) * 0xff51afd7ed558ccdL, 29);
      h2 = (h2 + w) * 0xc4ceb9fe1a85ec53L;
      h2 ^= h2 >>> 31;
    }
    long tail = 0;
    for (int shift = 0; i < end; i++, shift += 8) {
      tail |= (long) ((b[i] | 0x20) & 0xFF) << shift;
    }
    h1 = Long.rotateLeft((h1 ^ tail) * 0xff51afd7ed558ccdL, 29);
    h2 = (h2 + tail) * 0xc4ceb9fe1a85ec53L;
    h2 ^= h2 >>> 29;
    int h = (int) (h1 ^ (h1 >>> 32));
    long[] t = table;
    int mask = (t.length >> 1) - 1;
    int slot = spread(h) & mask;
    long head;
    while ((head = t[slot << 1]) != 0) {
      if ((int) (head >>> 32) == h && t[(slot << 1) + 1] == h2) {
        return (int) head - 1;
      }
      slot = (slot + 1) & mask;
    }
    int group;
    byte[] unicode = Registrable.ascii(b, from, end);
    if (unicode != null) {
      group = groupOfName(unicode, 0, unicode.length, unicode.length);
    } else {
      group = groupOfName(b, from, to, end);
    }
    remember(h, h2, group);
    return group;
  }

  /** The group of a host not seen before: the catalog's domain index, else the registrable domain. */
  private int groupOfName(byte[] b, int from, int to, int end) {
    Service service = index.serviceFor(b, from, to);
    if (service != null) {
      int group = serviceId(service);
      markMatched(group, b, from, to);
      return group;
    }
    return resolve(b, from, end);
  }

  /** The group of the host's registrable domain, even when a catalog service lists the host. */
  int registrableGroup(byte[] b, int from, int to) {
    int end = to > from && b[to - 1] == '.' ? to - 1 : to;
    byte[] unicode = Registrable.ascii(b, from, end);
    return unicode != null ? resolve(unicode, 0, unicode.length) : resolve(b, from, end);
  }

  private void remember(int h, long h2, int group) {
    if (entries >= MAX_CACHED_HOSTS) {
      entries = 0;
      java.util.Arrays.fill(table, 0);
    }
    entries++;
    if (entries * 2 > table.length >> 1) {
      long[] old = table;
      table = new long[old.length * 2];
      for (int i = 0; i < old.length; i += 2) {
        if (old[i] != 0) {
          insert(old[i], old[i + 1]);
        }
      }
    }
    insert(((long) h << 32) | ((group + 1) & 0xFFFFFFFFL), h2);
  }

  private void insert(long head, long h2) {
    int mask = (table.length >> 1) - 1;
    int slot = spread((int) (head >>> 32)) & mask;
    while (table[slot << 1] != 0) {
      slot = (slot + 1) & mask;
    }
    table[slot << 1] = head;
    table[(slot << 1) + 1] = h2;
  }

  private int resolve(byte[] b, int from, int to) {
    return serviceCount + domainId(Registrable.of(b, from, to));
  }

  private int domainId(String domain) {
    Integer id = domainIds.get(domain);
    if (id == null) {
      id = domains.size();
      domains.add(domain);
      domainIds.put(domain, id);
      groups++;
      ensure(groups);
    }
    return id;
  }

  /** Adds another worker's counts to these. */
  void merge(Aggregator o) {
    total += o.total;
    parsed += o.parsed;
    malformed += o.malformed;
    ignored += o.ignored;
    outside += o.outside;
    int[] remap = new int[o.groups];
    for (int g = 0; g < o.groups; g++) {
      remap[g] = g < serviceCount ? g : serviceCount + domainId(o.domains.get(g - serviceCount));
      if (o.queries(g) == 0) {
        continue;
      }
      int i = remap[g] << 2;
      int j = g << 2;
      if (stats[i] == 0) {
        stats[i + 1] = o.stats[j + 1];
        stats[i + 2] = o.stats[j + 2];
      } else {
        stats[i + 1] = Math.min(stats[i + 1], o.stats[j + 1]);
        stats[i + 2] = Math.max(stats[i + 2], o.stats[j + 2]);
      }
      stats[i] += o.stats[j];
    }
    pairs.addAll(o.pairs, remap);
    for (int s = 0; s < serviceCount; s++) {
      hours[s].addAll(o.hours[s]);
    }
    for (int k = 0; k < audienceStats.length; k += 2) {
      audienceStats[k] += o.audienceStats[k];
    }
    o.audiencePairs.forEach(key -> {
      if (audiencePairs.add(key)) {
        audienceStats[((int) (key >>> 40) << 1) + 1]++;
      }
    });
    for (int s = 0; s < serviceCount; s++) {
      for (int w = 0; w < matched[s].length; w++) {
        matched[s][w] |= o.matched[s][w];
      }
    }
    for (Map.Entry<Long, Usage> a : o.aliases.entrySet()) {
      int group = (int) (a.getKey() >>> 32);
      int service = (int) (long) a.getKey();
      int mine = serviceCount + domainId(o.domains.get(group - serviceCount));
      aliases.computeIfAbsent(((long) mine << 32) | service, x -> new Usage(audienceCount))
          .merge(a.getValue());
    }
  }

  /** The listed names through which the service was reached, sorted. */
  List<String> matchedNames(int service) {
    TreeSet<String> names = new TreeSet<>();
    List<String> listed = settings.domainNames().get(service);
    for (int j = 0; j < listed.size(); j++) {
      if ((matched[service][j >> 6] & (1L << (j & 63))) != 0) {
        names.add(listed.get(j));
      }
    }
    return List.copyOf(names);
  }

  private static int spread(int h) {
    int x = h * 0x9E3779B9;
    return x ^ (x >>> 15);
  }
}
