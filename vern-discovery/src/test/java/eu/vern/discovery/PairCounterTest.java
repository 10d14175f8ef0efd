package eu.vern.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Distinct (group, client) pairs, counted per group, whatever the order and the repeats. */
class PairCounterTest {

  @Test
  void countsEachDistinctPairOnceAcrossManyFlushesAndRepeats() {
    Random random = new Random(42);
    PairCounter counter = new PairCounter();
    Set<Long> expected = new HashSet<>();
    // more pairs than one buffer holds, so the radix sort and the merge both run several times;
    // groups up to 2^22 and clients using all 40 bits exercise every byte of the sort
    for (int i = 0; i < 3_500_000; i++) {
      long group = random.nextInt(8) == 0 ? random.nextInt(1 << 22) : random.nextInt(300);
      long client = random.nextLong() & ((1L << 40) - 1);
      if (random.nextInt(3) == 0) {
        client &= 0xFFFF; // many repeats of few clients
      }
      long pair = (group << 40) | client;
      counter.add(pair);
      expected.add(pair);
      if (random.nextInt(4) == 0) {
        counter.add(pair); // an immediate repeat, as a busy client makes
      }
    }
    assertThat(perGroup(counter)).isEqualTo(perGroup(expected));
  }

  @Test
  void pairsThatShareTheirHighBytesStillSortByTheLowOnes() {
    PairCounter counter = new PairCounter();
    Set<Long> expected = new HashSet<>();
    Random random = new Random(7);
    for (int i = 0; i < 2_000_000; i++) {
      long pair = (7L << 40) | random.nextInt(1 << 20);
      counter.add(pair);
      expected.add(pair);
    }
    assertThat(perGroup(counter)).isEqualTo(perGroup(expected)).containsOnlyKeys(7);
  }

  private static Map<Integer, Integer> perGroup(PairCounter counter) {
    Map<Integer, Integer> out = new HashMap<>();
    counter.forEachGroup(g -> out.merge(g, 1, Integer::sum));
    return out;
  }

  private static Map<Integer, Integer> perGroup(Set<Long> pairs) {
    Map<Integer, Integer> out = new HashMap<>();
    for (long p : pairs) {
      out.merge((int) (p >>> 40), 1, Integer::sum);
    }
    return out;
  }
}
