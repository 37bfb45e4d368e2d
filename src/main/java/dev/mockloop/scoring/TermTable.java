package dev.mockloop.scoring;

/**
 * One answer's term numbers ({@link Lexicon}) to their positions ({@link TermIndex.Positions}):
 * open addressing on a small int table, which stays in cache for the life of the answer, instead of
 * a map keyed by the term strings.
 */
final class TermTable {
  /** Term number + 1 (0 is free). */
  private int[] keys = new int[256];

  private TermIndex.Positions[] values = new TermIndex.Positions[256];
  private int count;

  TermIndex.Positions get(int id) {
    int key = id + 1;
    int mask = keys.length - 1;
    for (int i = hash(key) & mask; ; i = (i + 1) & mask) {
      int k = keys[i];
      if (k == key) {
        return values[i];
      }
      if (k == 0) {
        return null;
      }
    }
  }

  void put(int id, TermIndex.Positions p) {
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
    values[i] = p;
    count++;
  }

  private void grow() {
    int[] oldKeys = keys;
    TermIndex.Positions[] oldValues = values;
    keys = new int[oldKeys.length * 2];
    values = new TermIndex.Positions[oldKeys.length * 2];
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
