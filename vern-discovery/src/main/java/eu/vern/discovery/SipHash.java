package eu.vern.discovery;

/**
 * SipHash-2-4 (Aumasson and Bernstein) over a byte range: a keyed pseudorandom function, so a
 * pseudonym cannot be reversed or recomputed without the key. No allocation.
 */
final class SipHash {

  private SipHash() {}

  static long hash(long k0, long k1, byte[] b, int from, int to) {
    long v0 = k0 ^ 0x736f6d6570736575L;
    long v1 = k1 ^ 0x646f72616e646f6dL;
    long v2 = k0 ^ 0x6c7967656e657261L;
    long v3 = k1 ^ 0x7465646279746573L;
    int len = to - from;
    int end = from + (len & ~7);
    for (int i = from; i < end; i += 8) {
      long m = (b[i] & 0xFFL)
          | (b[i + 1] & 0xFFL) << 8
          | (b[i + 2] & 0xFFL) << 16
          | (b[i + 3] & 0xFFL) << 24
          | (b[i + 4] & 0xFFL) << 32
          | (b[i + 5] & 0xFFL) << 40
          | (b[i + 6] & 0xFFL) << 48
          | (b[i + 7] & 0xFFL) << 56;
      v3 ^= m;
      for (int r = 0; r < 2; r++) {
        v0 += v1; v1 = Long.rotateLeft(v1, 13); v1 ^= v0; v0 = Long.rotateLeft(v0, 32);
        v2 += v3; v3 = Long.rotateLeft(v3, 16); v3 ^= v2;
        v0 += v3; v3 = Long.rotateLeft(v3, 21); v3 ^= v0;
        v2 += v1; v1 = Long.rotateLeft(v1, 17); v1 ^= v2; v2 = Long.rotateLeft(v2, 32);
      }
      v0 ^= m;
    }
    long m = ((long) len) << 56;
    for (int i = end, shift = 0; i < to; i++, shift += 8) {
      m |= (b[i] & 0xFFL) << shift;
    }
    v3 ^= m;
    for (int r = 0; r < 2; r++) {
      v0 += v1; v1 = Long.rotateLeft(v1, 13); v1 ^= v0; v0 = Long.rotateLeft(v0, 32);
      v2 += v3; v3 = Long.rotateLeft(v3, 16); v3 ^= v2;
      v0 += v3; v3 = Long.rotateLeft(v3, 21); v3 ^= v0;
      v2 += v1; v1 = Long.rotateLeft(v1, 17); v1 ^= v2; v2 = Long.rotateLeft(v2, 32);
    }
    v0 ^= m;
    v2 ^= 0xff;
    for (int r = 0; r < 4; r++) {
      v0 += v1; v1 = Long.rotateLeft(v1, 13); v1 ^= v0; v0 = Long.rotateLeft(v0, 32);
      v2 += v3; v3 = Long.rotateLeft(v3, 16); v3 ^= v2;
      v0 += v3; v3 = Long.rotateLeft(v3, 21); v3 ^= v0;
      v2 += v1; v1 = Long.rotateLeft(v1, 17); v1 ^= v2; v2 = Long.rotateLeft(v2, 32);
    }
    return v0 ^ v1 ^ v2 ^ v3;
  }
}
