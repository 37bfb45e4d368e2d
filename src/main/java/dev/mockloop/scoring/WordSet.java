package dev.mockloop.scoring;

import java.util.Arrays;
import java.util.Collection;

/**
 * An immutable set of words for the scorer's per-word look-ups (cue words, dismissals, units, topic
 * terms): an open-addressed table four times the size of the set with a power-of-two length, probed
 * with the string's cached hash and a mask, each slot's hash kept beside it so a probe compares
 * ints and reads a stored string only on a likely hit. {@code Set.of} probes a table of twice the
 * size by a modulo, which cost a fifth of batch scoring at 15-20 look-ups per word.
 */
final class WordSet {
  private static final int BLOOM_LONGS = 8;

  static final WordSet EMPTY = copyOf(java.util.List.of());

  private final String[] table;

  /** Each slot's string hash, compared before the string so a probe rarely touches a string. */
  private final int[] hashes;

  private final int mask;
  private final int size;

  /**
   * A bit per {@link #bit} of each member's hash, 512 bits in one cache line: a word whose bit is
   * clear is surely absent, found without reading the table (most words probed are in no set, and
   * the tables fall out of cache). 64 bits were nearly all set for the sets of over 30 words.
   */
  private final long[] bloom = new long[BLOOM_LONGS];

  private WordSet(String[] table, int[] hashes, int size) {
    this.table = table;
    this.hashes = hashes;
    this.mask = table.length - 1;
    this.size = size;
    for (String w : table) {
      if (w != null) {
        int b = bit(w.hashCode());
        bloom[b >>> 6] |= 1L << b;
      }
    }
  }

  /** One of 512 bits from the hash's high bits (the table's slot is from its low bits). */
  static int bit(int h) {
    return (h * 0x9E3779B9) >>> 23;
  }

  static WordSet of(String... words) {
    return copyOf(Arrays.asList(words));
  }

  static WordSet copyOf(Collection<String> words) {
    int capacity = Integer.highestOneBit(Math.max(4, words.size() * 4) - 1) << 1;
    String[] table = new String[capacity];
    int[] hashes = new int[capacity];
    int size = 0;
    for (String w : words) {
      int h = w.hashCode();
      int i = slot(w, h, capacity - 1, table, hashes);
      if (table[i] == null) {
        table[i] = w;
        hashes[i] = h;
        size++;
      }
    }
    return new WordSet(table, hashes, size);
  }

  /** The slot holding {@code w} (whose hash is {@code h}), or the empty slot where it would go. */
  private static int slot(String w, int h, int mask, String[] table, int[] hashes) {
    int i = (h ^ (h >>> 16)) & mask;
    String e;
    while ((e = table[i]) != null && (hashes[i] != h || !e.equals(w))) {
      i = (i + 1) & mask;
    }
    return i;
  }

  boolean contains(String w) {
    int h = w.hashCode();
    int b = bit(h);
    return (bloom[b >>> 6] & 1L << b) != 0 && table[slot(w, h, mask, table, hashes)] != null;
  }

  /** Every member of the sets. */
  static WordSet union(WordSet... sets) {
    java.util.List<String> all = new java.util.ArrayList<>();
    for (WordSet s : sets) {
      for (String w : s.table) {
        if (w != null) {
          all.add(w);
        }
      }
    }
    return copyOf(all);
  }

  /** Adds every member to {@code into}. */
  void addTo(java.util.Collection<String> into) {
    for (String w : table) {
      if (w != null) {
        into.add(w);
      }
    }
  }

  int size() {
    return size;
  }

  boolean isEmpty() {
    return size == 0;
  }
}
