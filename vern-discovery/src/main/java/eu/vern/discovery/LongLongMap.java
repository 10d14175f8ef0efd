package eu.vern.discovery;

import java.util.function.BiConsumer;

/** Counts per long key by open addressing: queries per hour of one group. */
final class LongLongMap {

  private static final long EMPTY = Long.MIN_VALUE;

  private long[] keys = filled(8);
  private long[] values = new long[8];
  private int size;
  private long lastKey = EMPTY;
  private int lastSlot;

  void increment(long key, long by) {
    if (key == lastKey) {
      values[lastSlot] += by;
      return;
    }
    int mask = keys.length - 1;
    int i = Long.hashCode(key * 0x9E3779B97F4A7C15L) & mask;
    long k;
    while ((k = keys[i]) != EMPTY) {
      if (k == key) {
        values[i] += by;
        lastKey = key;
        lastSlot = i;
        return;
      }
      i = (i + 1) & mask;
    }
    keys[i] = key;
    values[i] = by;
    lastKey = key;
    lastSlot = i;
    if (++size * 2 > keys.length) {
      grow();
    }
  }

  void forEach(BiConsumer<Long, Long> action) {
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != EMPTY) {
        action.accept(keys[i], values[i]);
      }
    }
  }

  void addAll(LongLongMap other) {
    for (int i = 0; i < other.keys.length; i++) {
      if (other.keys[i] != EMPTY) {
        increment(other.keys[i], other.values[i]);
      }
    }
  }

  private void grow() {
    long[] oldKeys = keys;
    long[] oldValues = values;
    keys = filled(oldKeys.length * 2);
    values = new long[oldKeys.length * 2];
    size = 0;
    lastKey = EMPTY;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != EMPTY) {
        increment(oldKeys[i], oldValues[i]);
      }
    }
  }

  private static long[] filled(int n) {
    long[] a = new long[n];
    java.util.Arrays.fill(a, EMPTY);
    return a;
  }
}
