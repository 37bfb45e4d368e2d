package dev.mockloop.scoring;

/**
 * One answer's strings of two kinds (a term, a surface form) to int values: an open-addressed table
 * probed by the string's cached hash, each slot's hash and kind kept beside it, so a probe compares
 * ints and reads a stored string only on a likely hit (a {@code HashMap} made a node per word).
 */
final class StringSlots {
  private String[] keys;

  /** Per slot: the key's hash. */
  private int[] hashes;

  /** Per slot: the value times 2, plus the kind. */
  private int[] values;

  private int count;

  /** A table for about {@code size} strings (it grows if they are more). */
  StringSlots(int size) {
    int capacity = Math.max(64, Integer.highestOneBit(Math.max(1, size) - 1) << 2);
    keys = new String[capacity];
    hashes = new int[capacity];
    values = new int[capacity];
  }

  /** The value of {@code key} of kind {@code kind} (0 or 1), or -1. */
  int get(String key, int kind) {
    int h = key.hashCode();
    int mask = keys.length - 1;
    for (int i = (h ^ (h >>> 16)) & mask; ; i = (i + 1) & mask) {
      String k = keys[i];
      if (k == null) {
        return -1;
      }
      if (hashes[i] == h && (values[i] & 1) == kind && k.equals(key)) {
        return values[i] >> 1;
      }
    }
  }

  /** Adds a key that is not in the table yet. */
  void put(String key, int kind, int value) {
    if (2 * (count + 1) > keys.length) {
      grow();
    }
    int h = key.hashCode();
    int mask = keys.length - 1;
    int i = (h ^ (h >>> 16)) & mask;
    while (keys[i] != null) {
      i = (i + 1) & mask;
    }
    keys[i] = key;
    hashes[i] = h;
    values[i] = value << 1 | kind;
    count++;
  }

  private void grow() {
    String[] oldKeys = keys;
    int[] oldValues = values;
    keys = new String[oldKeys.length * 2];
    hashes = new int[oldKeys.length * 2];
    values = new int[oldKeys.length * 2];
    count = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != null) {
        put(oldKeys[i], oldValues[i] & 1, oldValues[i] >> 1);
      }
    }
  }
}
