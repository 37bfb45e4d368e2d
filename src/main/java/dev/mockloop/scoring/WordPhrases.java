package dev.mockloop.scoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A set of short cue phrases ("at the cost of", "trade-off") found by walking an answer's words,
 * not by regular expressions over its text (much faster, and the same word splitting as everything
 * else).
 */
final class WordPhrases {
  /**
   * The phrases by first word in an open-addressed table eight times their number: a word whose
   * slot is empty (most words) is ruled out from its cached hash alone, without reading its chars.
   */
  private final String[] firsts;

  private final int[] hashes;
  private final String[][][] starting;
  private final int mask;

  /** The first words' {@link WordSet#bit}s: a word whose bit is clear starts no phrase. */
  private final long[] bloom = new long[8];

  WordPhrases(String... phrases) {
    Map<String, List<String[]>> byFirst = new LinkedHashMap<>();
    for (String phrase : phrases) {
      String[] words = Words.scan(phrase).stream().map(Word::lower).toArray(String[]::new);
      byFirst.computeIfAbsent(words[0], k -> new ArrayList<>()).add(words);
    }
    int capacity = Integer.highestOneBit(Math.max(8, byFirst.size() * 8) - 1) << 1;
    firsts = new String[capacity];
    hashes = new int[capacity];
    starting = new String[capacity][][];
    mask = capacity - 1;
    for (Map.Entry<String, List<String[]>> e : byFirst.entrySet()) {
      int h = e.getKey().hashCode();
      int i = slot(e.getKey(), h);
      firsts[i] = e.getKey();
      hashes[i] = h;
      starting[i] = e.getValue().toArray(new String[0][]);
      int b = WordSet.bit(h);
      bloom[b >>> 6] |= 1L << b;
    }
  }

  /** The slot holding {@code w} (hash {@code h}), or the empty slot where it would go. */
  private int slot(String w, int h) {
    int i = (h ^ (h >>> 16)) & mask;
    String e;
    while ((e = firsts[i]) != null && (hashes[i] != h || !e.equals(w))) {
      i = (i + 1) & mask;
    }
    return i;
  }

  /** Non-overlapping matches, each as {first word, last word}, longest first at each start. */
  List<int[]> find(List<Word> words) {
    List<int[]> out = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      int end = longestAt(words, i);
      if (end >= 0) {
        out.add(new int[] {i, end});
        i = end + 1;
      } else {
        i++;
      }
    }
    return out;
  }

  boolean any(List<Word> words) {
    for (int i = 0; i < words.size(); i++) {
      if (longestAt(words, i) >= 0) {
        return true;
      }
    }
    return false;
  }

  private int longestAt(List<Word> words, int i) {
    String first = words.get(i).lower();
    int h = first.hashCode();
    int b = WordSet.bit(h);
    if ((bloom[b >>> 6] & 1L << b) == 0) {
      return -1;
    }
    String[][] phrases = starting[slot(first, h)];
    if (phrases == null) {
      return -1;
    }
    int best = -1;
    for (String[] p : phrases) {
      best = Math.max(best, matchAt(words, i, p));
    }
    return best;
  }

  private static int matchAt(List<Word> words, int i, String[] p) {
    if (i + p.length > words.size()) {
      return -1;
    }
    for (int k = 0; k < p.length; k++) {
      if (!words.get(i + k).lower().equals(p[k])) {
        return -1;
      }
    }
    return i + p.length - 1;
  }
}
