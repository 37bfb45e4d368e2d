package dev.mockloop.scoring;

/**
 * An immutable set of {@code long} keys (pairs and trigrams of {@link Lexicon} numbers, see {@link
 * #pair} and {@link #trigram}): open addressing on a power-of-two table four times the size of the
 * set, no boxing.
 */
final class LongSet {
  static final LongSet EMPTY = new LongSet(new long[] {0}, false);

  /** Numbers up to this fit in a trigram key; {@link #trigram} gives -1 for larger ones. */
  static final int TRIGRAM_IDS = 1 << 21;

  private static final long FREE = 0;
  private final long[] table;
  private final int mask;

  /** Whether the key {@link #FREE} is in the set (it cannot be stored in the table). */
  private final boolean hasFree;

  private LongSet(long[] table, boolean hasFree) {
    this.table = table;
    this.mask = table.length - 1;
    this.hasFree = hasFree;
  }

  static LongSet of(long[] keys, int n) {
    int capacity = Integer.highestOneBit(Math.max(4, n * 4) - 1) << 1;
    long[] table = new long[capacity];
    boolean hasFree = false;
    for (int k = 0; k < n; k++) {
      long key = keys[k];
      if (key == FREE) {
        hasFree = true;
        continue;
      }
      int i = slot(key, capacity - 1, table);
      table[i] = key;
    }
    return new LongSet(table, hasFree);
  }

  private static int slot(long key, int mask, long[] table) {
    long h = key * 0x9E3779B97F4A7C15L;
    int i = (int) (h ^ (h >>> 32)) & mask;
    long e;
    while ((e = table[i]) != FREE && e != key) {
      i = (i + 1) & mask;
    }
    return i;
  }

  boolean contains(long key) {
    return key == FREE ? hasFree : table[slot(key, mask, table)] == key;
  }

  /** Two term numbers (each at least 0) as one key. */
  static long pair(int a, int b) {
    return (long) a << 32 | b;
  }

  /**
   * Three term numbers as one key, or -1 when one is negative or not below {@link #TRIGRAM_IDS}.
   */
  static long trigram(int a, int b, int c) {
    if ((a | b | c) < 0 || a >= TRIGRAM_IDS || b >= TRIGRAM_IDS || c >= TRIGRAM_IDS) {
      return -1;
    }
    return (long) a << 42 | (long) b << 21 | c;
  }
}
