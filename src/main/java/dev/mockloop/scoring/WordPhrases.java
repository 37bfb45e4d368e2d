package dev.mockloop.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A set of short cue phrases ("at the cost of", "trade-off") found by walking an answer's words,
 * not by regular expressions over its text (much faster, and the same word splitting as everything
 * else).
 */
final class WordPhrases {
  private final Map<String, List<String[]>> byFirst = new HashMap<>();

  /** A bit per first word's length (63 for longer) and per its first char's low six bits. */
  private long lengths;

  private long firsts;

  /** A bit per first word's hash ({@link #bit}): most words pass the two filters above. */
  private long hashes;

  WordPhrases(String... phrases) {
    for (String phrase : phrases) {
      String[] words = Words.scan(phrase).stream().map(Word::lower).toArray(String[]::new);
      byFirst.computeIfAbsent(words[0], k -> new ArrayList<>()).add(words);
      lengths |= 1L << Math.min(words[0].length(), 63);
      firsts |= 1L << (words[0].charAt(0) & 63);
      hashes |= bit(words[0].hashCode());
    }
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
    if ((lengths & 1L << Math.min(first.length(), 63)) == 0
        || first.isEmpty()
        || (firsts & 1L << (first.charAt(0) & 63)) == 0
        || (hashes & bit(first.hashCode())) == 0) {
      return -1; // no phrase starts with a word of this length and first char: skip the map
    }
    List<String[]> starting = byFirst.get(first);
    if (starting == null) {
      return -1;
    }
    int best = -1;
    for (int k = 0; k < starting.size(); k++) {
      best = Math.max(best, matchAt(words, i, starting.get(k)));
    }
    return best;
  }

  private static long bit(int h) {
    return 1L << ((h * 0x9E3779B9) >>> 26);
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
