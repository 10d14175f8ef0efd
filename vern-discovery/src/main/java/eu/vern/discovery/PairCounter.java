package eu.vern.discovery;

import java.util.Arrays;

/**
 * The distinct (group, client) pairs of one worker, for counting distinct clients per group. A
 * set probed once a line costs a cache miss a line once it outgrows the cache; this appends each
 * pair to a buffer (sequential writes), and when the buffer is full sorts it, drops duplicates and
 * merges it into a sorted array of the pairs seen so far (sequential reads). The buffer grows with
 * that array, so each pair is copied a bounded number of times on average. Memory: the distinct
 * pairs twice (the sorted array and the one the next merge writes into, swapped each time, so a
 * merge allocates nothing), plus the buffer twice (the radix sort scatters between the two). Most
 * lines repeat a pair seen a moment ago (a busy client asks for the same names again and again),
 * so a small direct-mapped table of recent pairs, which fits the processor's cache, drops those
 * before they reach the buffer and its sort.
 */
final class PairCounter {

  private static final int MIN_BUFFER = 1 << 20;
  private static final int RECENT = 1 << 15;

  /** Pair + 1 by a hash of the pair (0: empty); a hit means the pair is in the buffer or array. */
  private final long[] recent = new long[RECENT];

  private long[] buffer = new long[MIN_BUFFER];
  /**
   * Where the radix sort scatters to; swapped with {@code buffer} after each pass. Made on the
   * first sort of a full buffer, so a small log never pays for it.
   */
  private long[] scratch = new long[0];
  private final int[] counts = new int[8 * 256];
  private int pending;
  /** The distinct pairs seen, sorted, in {@code sorted[0, size)}. */
  private long[] sorted = new long[0];
  /** The array the next flush merges into: the one {@code sorted} was before it. */
  private long[] spare = new long[0];
  private int size;

  void add(long pair) {
    long x = pair * 0x9E3779B97F4A7C15L;
    int slot = (int) (x >>> 49); // the top 15 bits: RECENT slots
    if (recent[slot] == pair + 1) {
      return;
    }
    recent[slot] = pair + 1;
    buffer[pending++] = pair;
    if (pending == buffer.length) {
      flush();
    }
  }

  /** Sorts the pending pairs into the sorted distinct ones. */
  void flush() {
    if (pending == 0) {
      return;
    }
    sortPending();
    int unique = 1;
    for (int i = 1; i < pending; i++) {
      if (buffer[i] != buffer[unique - 1]) {
        buffer[unique++] = buffer[i];
      }
    }
    // Merge into the spare array and swap: a fresh array per flush (often hundreds of MB over a
    // large log) made the collector zero, fault in and reclaim memory for nothing.
    long[] merged = spare;
    if (merged.length < size + unique) {
      merged = new long[Math.max(size + unique, size + (size >> 1))];
    }
    int a = 0;
    int b = 0;
    int m = 0;
    while (a < size && b < unique) {
      long x = sorted[a];
      long y = buffer[b];
      if (x < y) {
        merged[m++] = x;
        a++;
      } else if (y < x) {
        merged[m++] = y;
        b++;
      } else {
        merged[m++] = x;
        a++;
        b++;
      }
    }
    while (a < size) {
      merged[m++] = sorted[a++];
    }
    while (b < unique) {
      merged[m++] = buffer[b++];
    }
    spare = sorted;
    sorted = merged;
    size = m;
    pending = 0;
    if (size / 4 > buffer.length) {
      buffer = new long[size / 4];
    }
  }

  /**
   * Sorts {@code buffer[0, pending)}: least significant byte first, one counting pass for all eight
   * bytes, then one scatter pass per byte in which the pairs differ. Pairs are never negative (a
   * group below 2^23 shifted by 40), so unsigned byte order is numeric order. About twice as
   * fast as {@link Arrays#sort(long[])} on a million pairs, where the comparison sort was a
   * sixth of a reading thread's time.
   */
  private void sortPending() {
    int n = pending;
    if (n < 4096) {
      Arrays.sort(buffer, 0, n);
      return;
    }
    int[] c = counts;
    Arrays.fill(c, 0);
    long[] src = buffer;
    for (int i = 0; i < n; i++) {
      long v = src[i];
      c[(int) v & 0xFF]++;
      c[256 + ((int) (v >>> 8) & 0xFF)]++;
      c[512 + ((int) (v >>> 16) & 0xFF)]++;
      c[768 + ((int) (v >>> 24) & 0xFF)]++;
      c[1024 + ((int) (v >>> 32) & 0xFF)]++;
      c[1280 + ((int) (v >>> 40) & 0xFF)]++;
      c[1536 + ((int) (v >>> 48) & 0xFF)]++;
      c[1792 + ((int) (v >>> 56) & 0xFF)]++;
    }
    if (scratch.length < src.length) {
      scratch = new long[src.length];
    }
    long[] dst = scratch;
    for (int d = 0; d < 8; d++) {
      int base = d << 8;
      int shift = d << 3;
      // a byte every pair shares orders nothing: skip its pass
      if (c[base + ((int) (src[0] >>> shift) & 0xFF)] == n) {
        continue;
      }
      int sum = 0;
      for (int k = 0; k < 256; k++) {
        int count = c[base + k];
        c[base + k] = sum;
        sum += count;
      }
      for (int i = 0; i < n; i++) {
        long v = src[i];
        dst[c[base + ((int) (v >>> shift) & 0xFF)]++] = v;
      }
      long[] t = src;
      src = dst;
      dst = t;
    }
    buffer = src;
    scratch = dst;
  }

  /** Adds another worker's pairs, with their group (the bits from 40 up) mapped by {@code remap}. */
  void addAll(PairCounter other, int[] remap) {
    other.flush();
    for (int i = 0; i < other.size; i++) {
      long pair = other.sorted[i];
      add(((long) remap[(int) (pair >>> 40)] << 40) | (pair & ((1L << 40) - 1)));
    }
  }

  /** Calls {@code perGroup} once per distinct pair with the pair's group. */
  void forEachGroup(java.util.function.IntConsumer perGroup) {
    flush();
    for (int i = 0; i < size; i++) {
      perGroup.accept((int) (sorted[i] >>> 40));
    }
  }
}
