package eu.vern.discovery;

/**
 * Counts for one alias: queries for a name whose DNS answer was a CNAME into another catalog
 * service. Kept per audience too, because whether the alias is a leak depends on the verdict for
 * the audience of the client that asked.
 */
final class Usage {

  static final long HOUR = 3_600_000L;

  long queries;
  long first = Long.MAX_VALUE;
  long last = Long.MIN_VALUE;
  final LongSet clients = new LongSet();
  /** The same counts for the clients of each audience; empty without a subnet map. */
  final Usage[] byAudience;

  Usage(int audiences) {
    byAudience = new Usage[audiences];
    for (int i = 0; i < audiences; i++) {
      byAudience[i] = new Usage(0);
    }
  }

  void add(long time, long client, int audience) {
    queries++;
    if (time < first) {
      first = time;
    }
    if (time > last) {
      last = time;
    }
    clients.add(client);
    if (audience >= 0 && audience < byAudience.length) {
      byAudience[audience].add(time, client, -1);
    }
  }

  void merge(Usage other) {
    queries += other.queries;
    first = Math.min(first, other.first);
    last = Math.max(last, other.last);
    clients.addAll(other.clients);
    for (int i = 0; i < byAudience.length && i < other.byAudience.length; i++) {
      byAudience[i].merge(other.byAudience[i]);
    }
  }
}
