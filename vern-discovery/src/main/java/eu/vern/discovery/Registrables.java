package eu.vern.discovery;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Registrable domains of the hosts already mapped, shared by a run's workers: every worker meets
 * the same hosts, and without this each would consult the Public Suffix List (the costliest step
 * for a new host) for all of them. Only a cache: it stops growing at a million hosts, and a host
 * it does not hold is simply mapped again.
 */
final class Registrables {

  private static final int MAX_HOSTS = 1 << 20;

  private final boolean shared;
  private final ConcurrentHashMap<String, String> known = new ConcurrentHashMap<>();

  /** For {@code threads} workers; with one there is nobody to share with, so nothing is kept. */
  Registrables(int threads) {
    this.shared = threads > 1;
  }

  String of(String host) {
    if (!shared) {
      return Registrable.of(host);
    }
    String domain = known.get(host);
    if (domain == null) {
      domain = Registrable.of(host);
      if (known.size() < MAX_HOSTS) {
        String raced = known.putIfAbsent(host, domain);
        if (raced != null) {
          domain = raced;
        }
      }
    }
    return domain;
  }
}
