package eu.vern.catalog;

import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An open-addressing hash table holding every listed name and every label-aligned suffix of one
 * ({@code chat.deepseek.com} also puts {@code deepseek.com} and {@code com} in the table, the
 * latter two without a service unless they are listed themselves).
 *
 * <p>A lookup reads the host from its last character backwards, hashing as it goes, and probes
 * the table at each label boundary. When the suffix read so far is not in the table, no longer
 * listed name can end with it, so the lookup stops: a host outside the catalog typically costs
 * its last two labels, not its whole length, and no substring is ever created.
 */
final class SuffixIndex implements DomainIndex {

  private final String[] keys;
  private final int[] hashes;
  private final @Nullable Service[] values;
  private final int mask;
  private final int size;

  /** {@code names} must be normalised (lower case, no trailing dot) and unique. */
  SuffixIndex(Map<String, Service> names) {
    int suffixes = 0;
    for (String name : names.keySet()) {
      suffixes += 1 + (int) name.chars().filter(c -> c == '.').count();
    }
    int capacity = Integer.highestOneBit(Math.max(4, suffixes * 2) - 1) << 1;
    keys = new String[capacity];
    hashes = new int[capacity];
    values = new Service[capacity];
    mask = capacity - 1;
    size = names.size();
    for (Map.Entry<String, Service> e : names.entrySet()) {
      String name = e.getKey();
      for (int start = name.lastIndexOf('.') + 1; ; start = name.lastIndexOf('.', start - 2) + 1) {
        int slot = insert(name.substring(start));
        if (start == 0) {
          values[slot] = e.getValue();
          break;
        }
      }
    }
  }

  private int insert(String suffix) {
    int h = hash(suffix, 0, suffix.length());
    int i = spread(h) & mask;
    while (keys[i] != null) {
      if (hashes[i] == h && keys[i].equals(suffix)) {
        return i;
      }
      i = (i + 1) & mask;
    }
    keys[i] = suffix;
    hashes[i] = h;
    return i;
  }

  /**
   * The hash the scan computes: characters from the last to the first, with ASCII letters folded
   * to lower case by {@code c | 0x20}, which leaves every other host-name character unchanged.
   * Other characters may collide; a match is always confirmed character by character.
   */
  static int hash(CharSequence s, int from, int to) {
    int h = 0;
    for (int i = to - 1; i >= from; i--) {
      h = 31 * h + (s.charAt(i) | 0x20);
    }
    return h;
  }

  @Override
  public @Nullable Service serviceFor(CharSequence host) {
    int slot = find(host);
    return slot < 0 ? null : values[slot];
  }

  @Override
  public @Nullable Service serviceFor(byte[] ascii, int from, int to) {
    int slot = find(ascii, from, to);
    return slot < 0 ? null : values[slot];
  }

  @Override
  public Optional<Match> match(CharSequence host) {
    int slot = find(host);
    Service service = slot < 0 ? null : values[slot];
    return service == null ? Optional.empty() : Optional.of(new Match(keys[slot], service));
  }

  @Override
  public int size() {
    return size;
  }

  /** The slot of the longest listed suffix of {@code host}, or -1. */
  private int find(CharSequence host) {
    int end = host.length();
    if (end > 0 && host.charAt(end - 1) == '.') {
      end--;
    }
    int best = -1;
    int h = 0;
    for (int i = end - 1; i >= 0; i--) {
      char c = host.charAt(i);
      if (c == '.') {
        int slot = probe(h, end - i - 1);
        if (slot < 0) {
          return best;
        }
        if (values[slot] != null && matches(slot, host, i + 1)) {
          best = slot;
        }
      }
      h = 31 * h + (c | 0x20);
    }
    if (end > 0) {
      int slot = probe(h, end);
      if (slot >= 0 && values[slot] != null && matches(slot, host, 0)) {
        best = slot;
      }
    }
    return best;
  }

  /** {@link #find(CharSequence)} over the bytes {@code ascii[from, to)}, read as ISO-8859-1. */
  private int find(byte[] ascii, int from, int to) {
    int end = to;
    if (end > from && ascii[end - 1] == '.') {
      end--;
    }
    int best = -1;
    int h = 0;
    for (int i = end - 1; i >= from; i--) {
      int c = ascii[i] & 0xFF;
      if (c == '.') {
        int slot = probe(h, end - i - 1);
        if (slot < 0) {
          return best;
        }
        if (values[slot] != null && matches(slot, ascii, i + 1)) {
          best = slot;
        }
      }
      h = 31 * h + (c | 0x20);
    }
    if (end > from) {
      int slot = probe(h, end - from);
      if (slot >= 0 && values[slot] != null && matches(slot, ascii, from)) {
        best = slot;
      }
    }
    return best;
  }

  private boolean matches(int slot, byte[] ascii, int from) {
    String key = keys[slot];
    for (int k = 0; k < key.length(); k++) {
      int c = ascii[from + k] & 0xFF;
      if (c >= 'A' && c <= 'Z') {
        c += 32;
      }
      if (key.charAt(k) != c) {
        return false;
      }
    }
    return true;
  }

  /**
   * The slot holding a suffix with hash {@code h} and length {@code len}, or -1. Intermediate
   * suffixes are recognised by hash and length alone: a collision there can only make the scan go
   * on, never report a wrong match, because a name with a service is compared in full.
   */
  private int probe(int h, int len) {
    int i = spread(h) & mask;
    String key;
    while ((key = keys[i]) != null) {
      if (hashes[i] == h && key.length() == len) {
        return i;
      }
      i = (i + 1) & mask;
    }
    return -1;
  }

  private boolean matches(int slot, CharSequence host, int from) {
    String key = keys[slot];
    for (int k = 0; k < key.length(); k++) {
      char c = host.charAt(from + k);
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + 32);
      }
      if (key.charAt(k) != c) {
        return false;
      }
    }
    return true;
  }

  private static int spread(int h) {
    int x = h * 0x9E3779B9;
    return x ^ (x >>> 15);
  }
}
