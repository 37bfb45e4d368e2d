package dev.mockloop.scoring;

import java.util.Arrays;
import java.util.Collection;

/**
 * An immutable set of words for the scorer's per-word look-ups (cue words, dismissals, units,
 * topic terms): an open-addressed table four times the size of the set with a power-of-two
 * length, probed with the string's cached hash and a mask. {@code Set.of} probes a table of
 * twice the size by a modulo, which cost a fifth of batch scoring at 15-20 look-ups per word.
 */
final class WordSet {
  static final WordSet EMPTY = copyOf(java.util.List.of());

  private final String[] table;
  private final int mask;
  private final int size;

  private WordSet(String[] table, int size) {
    this.table = table;
    this.mask = table.length - 1;
    this.size = size;
  }

  static WordSet of(String... words) {
    return copyOf(Arrays.asList(words));
  }

  static WordSet copyOf(Collection<String> words) {
    int capacity = Integer.highestOneBit(Math.max(4, words.size() * 4) - 1) << 1;
    String[] table = new String[capacity];
    int size = 0;
    for (String w : words) {
      int i = slot(w, capacity - 1, table);
      if (table[i] == null) {
        table[i] = w;
        size++;
      }
    }
    return new WordSet(table, size);
  }

  /** The slot holding {@code w}, or the empty slot where it would go. */
  private static int slot(String w, int mask, String[] table) {
    int h = w.hashCode();
    int i = (h ^ (h >>> 16)) & mask;
    String e;
    while ((e = table[i]) != null && !e.equals(w)) {
      i = (i + 1) & mask;
    }
    return i;
  }

  boolean contains(String w) {
    return table[slot(w, mask, table)] != null;
  }

  int size() {
    return size;
  }

  boolean isEmpty() {
    return size == 0;
  }
}
