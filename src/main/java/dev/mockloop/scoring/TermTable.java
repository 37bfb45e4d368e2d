package dev.mockloop.scoring;

/**
 * One answer's term numbers ({@link Lexicon}) to their position lists ({@link PositionLists}): open
 * addressing on a small int table, which stays in cache for the life of the answer, instead of a
 * map keyed by the term strings.
 */
final class TermTable {
  /** Term number + 1 (0 is free). */
  private int[] keys;

  private int[] values;
  private int count;

  /** A table for about {@code tokens} tokens' terms (it grows if they are more distinct). */
  TermTable(int tokens) {
    int capacity = Math.max(64, Integer.highestOneBit(Math.max(1, tokens) - 1) << 1);
    keys = new int[capacity];
    values = new int[capacity];
  }

  /** The list of term number {@code id}, or -1. */
  int get(int id) {
    int key = id + 1;
    int mask = keys.length - 1;
    for (int i = hash(key) & mask; ; i = (i + 1) & mask) {
      int k = keys[i];
      if (k == key) {
        return values[i];
      }
      if (k == 0) {
        return -1;
      }
    }
  }

  void put(int id, int list) {
    if ((count + 1) * 2 > keys.length) {
      grow();
    }
    int key = id + 1;
    int mask = keys.length - 1;
    int i = hash(key) & mask;
    while (keys[i] != 0) {
      i = (i + 1) & mask;
    }
    keys[i] = key;
    values[i] = list;
    count++;
  }

  private void grow() {
    int[] oldKeys = keys;
    int[] oldValues = values;
    keys = new int[oldKeys.length * 2];
    values = new int[oldKeys.length * 2];
    count = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != 0) {
        put(oldKeys[i] - 1, oldValues[i]);
      }
    }
  }

  private static int hash(int key) {
    int h = key * 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
