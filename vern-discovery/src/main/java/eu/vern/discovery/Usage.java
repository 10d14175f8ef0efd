package eu.vern.discovery;

/** Counts for one alias (a name outside the catalog answered with a CNAME into a service). */
final class Usage {

  static final long HOUR = 3_600_000L;

  long queries;
  long first = Long.MAX_VALUE;
  long last = Long.MIN_VALUE;
  final LongSet clients = new LongSet();

  void add(long time, long client) {
    queries++;
    if (time < first) {
      first = time;
    }
    if (time > last) {
      last = time;
    }
    clients.add(client);
  }

  void merge(Usage other) {
    queries += other.queries;
    first = Math.min(first, other.first);
    last = Math.max(last, other.last);
    clients.addAll(other.clients);
  }
}
