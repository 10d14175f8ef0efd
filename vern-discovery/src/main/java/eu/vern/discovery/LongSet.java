package eu.vern.discovery;

/** A set of longs by open addressing: the distinct client pseudonyms of one group. */
final class LongSet {

  private long[] keys = new long[8];
  private int size;
  private boolean hasZero;

  /** Adds the key; true when it was not there yet. */
  boolean add(long key) {
    if (key == 0) {
      boolean added = !hasZero;
      hasZero = true;
      return added;
    }
    int mask = keys.length - 1;
    int i = mix(key) & mask;
    long k;
    while ((k = keys[i]) != 0) {
      if (k == key) {
        return false;
      }
      i = (i + 1) & mask;
    }
    keys[i] = key;
    if (++size * 2 > keys.length) {
      grow();
    }
    return true;
  }

  void forEach(java.util.function.LongConsumer action) {
    if (hasZero) {
      action.accept(0);
    }
    for (long k : keys) {
      if (k != 0) {
        action.accept(k);
      }
    }
  }

  int size() {
    return size + (hasZero ? 1 : 0);
  }

  void addAll(LongSet other) {
    if (other.hasZero) {
      hasZero = true;
    }
    for (long k : other.keys) {
      if (k != 0) {
        add(k);
      }
    }
  }

  private void grow() {
    long[] old = keys;
    keys = new long[old.length * 2];
    size = 0;
    for (long k : old) {
      if (k != 0) {
        add(k);
      }
    }
  }

  private static int mix(long key) {
    long x = key * 0x9E3779B97F4A7C15L;
    return (int) (x ^ (x >>> 32));
  }
}
