package dev.mockloop.scoring;

import java.util.Map;

/**
 * An immutable copy of the {@link Lexicon}'s numbers below a size, laid out so that a look-up
 * usually touches one cache line: open addressing with four {@code long}s per slot, the string's
 * hash and the number in the first, and the term's characters, four to a {@code long}, in the other
 * three, so a term of up to {@value #PACKED} characters is compared without reading a stored
 * string. Longer terms (and any with a character that cannot be packed) are compared as strings.
 * The concurrent map the lexicon keeps costs a cache miss per node, key and characters, at one
 * look-up per token of every answer.
 */
final class LexiconTable {
  static final int PACKED = 12;
  private static final int WIDTH = 4;

  /** The second long of a slot whose term is compared as a string. */
  private static final long AS_STRING = -1;

  private final long[] slots;
  private final String[] strings;
  private final int mask;
  private final int size;

  private LexiconTable(long[] slots, String[] strings, int size) {
    this.slots = slots;
    this.strings = strings;
    this.mask = slots.length / WIDTH - 1;
    this.size = size;
  }

  /** The numbers of {@code ids} below {@code size}. */
  static LexiconTable of(Map<String, Integer> ids, int size) {
    int capacity = Integer.highestOneBit(Math.max(4, size * 2) - 1) << 1;
    long[] slots = new long[capacity * WIDTH];
    String[] strings = new String[capacity];
    long[] packed = new long[3];
    for (Map.Entry<String, Integer> e : ids.entrySet()) {
      if (e.getValue() >= size) {
        continue;
      }
      String term = e.getKey();
      int h = term.hashCode();
      int i = spread(h) & (capacity - 1);
      while (slots[i * WIDTH] != 0) {
        i = (i + 1) & (capacity - 1);
      }
      slots[i * WIDTH] = (long) h << 32 | (e.getValue() + 1L);
      if (pack(term, packed)) {
        System.arraycopy(packed, 0, slots, i * WIDTH + 1, 3);
      } else {
        slots[i * WIDTH + 1] = AS_STRING;
        strings[i] = term;
      }
    }
    return new LexiconTable(slots, strings, size);
  }

  int size() {
    return size;
  }

  /** The term's number, or -1. */
  int find(String term) {
    int h = term.hashCode();
    int n = term.length();
    boolean packable = n <= PACKED;
    long p1 = 0;
    long p2 = 0;
    long p3 = 0;
    for (int k = 0; packable && k < n; k++) {
      char c = term.charAt(k);
      if (c == 0 || c == '\uffff') {
        packable = false;
      } else if (k < 4) {
        p1 |= (long) c << (k * 16);
      } else if (k < 8) {
        p2 |= (long) c << ((k - 4) * 16);
      } else {
        p3 |= (long) c << ((k - 8) * 16);
      }
    }
    if (!packable) {
      p1 = AS_STRING;
    }
    for (int i = spread(h) & mask; ; i = (i + 1) & mask) {
      int at = i * WIDTH;
      long head = slots[at];
      if (head == 0) {
        return -1;
      }
      if ((int) (head >>> 32) == h && slots[at + 1] == p1) {
        if (packable ? slots[at + 2] == p2 && slots[at + 3] == p3 : term.equals(strings[i])) {
          return (int) head - 1;
        }
      }
    }
  }

  /**
   * Packs a term of up to {@value #PACKED} characters, four 16-bit characters to a long, padded
   * with zeros; false for a longer term or one with a zero or U+FFFF character (which could make
   * two terms pack alike or look like {@link #AS_STRING}).
   */
  private static boolean pack(String term, long[] into) {
    int n = term.length();
    if (n > PACKED) {
      return false;
    }
    into[0] = 0;
    into[1] = 0;
    into[2] = 0;
    for (int k = 0; k < n; k++) {
      char c = term.charAt(k);
      if (c == 0 || c == '\uffff') {
        return false;
      }
      into[k >> 2] |= (long) c << ((k & 3) * 16);
    }
    return true;
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }
}
