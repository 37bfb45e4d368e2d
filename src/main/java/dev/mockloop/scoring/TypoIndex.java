package dev.mockloop.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An answer's distinct words that typo matching may pick, indexed by first character and length: a
 * typo never changes the first character ({@link Fuzzy}) and changes the length by at most two, so
 * a look-up scans only the few words that could be close instead of every word with the same first
 * character.
 */
final class TypoIndex {
  private static final int LENGTHS = 64;

  /** A distinct word with its letter set ({@link Fuzzy#letters}). */
  record Candidate(String text, long letters) {}

  @SuppressWarnings("unchecked")
  private final List<Candidate>[][] ascii = new List[128][];

  private final Map<Character, List<Candidate>[]> other = new HashMap<>();

  void add(String word) {
    List<Candidate>[] byLength = byLength(word.charAt(0), true);
    int l = bucket(word.length());
    if (byLength[l] == null) {
      byLength[l] = new ArrayList<>();
    }
    byLength[l].add(new Candidate(word, Fuzzy.letters(word)));
  }

  /**
   * Adds to {@code into} the positions (from {@code positions}) of the words {@link Fuzzy#close} to
   * {@code word}; returns {@code into}, or a new list when it was null and a word was found.
   */
  List<Integer> addClose(String word, Map<String, List<Integer>> positions, List<Integer> into) {
    if (word.length() < Fuzzy.MIN_LENGTH) {
      return into; // no word is close to a short one (Fuzzy#allowed), so skip the look-up
    }
    List<Candidate>[] byLength = byLength(word.charAt(0), false);
    if (byLength == null) {
      return into;
    }
    long letters = Fuzzy.letters(word);
    int from = bucket(Math.max(0, word.length() - 2));
    int to = bucket(word.length() + 2);
    for (int l = from; l <= to; l++) {
      if (byLength[l] == null) {
        continue;
      }
      for (Candidate c : byLength[l]) {
        if (Fuzzy.mayBeClose(c.text(), c.letters(), word, letters) && Fuzzy.close(c.text(), word)) {
          into = into == null ? new ArrayList<>() : into;
          into.addAll(positions.get(c.text()));
        }
      }
    }
    return into;
  }

  private static int bucket(int length) {
    return Math.min(length, LENGTHS - 1);
  }

  @SuppressWarnings("unchecked")
  private List<Candidate>[] byLength(char first, boolean create) {
    List<Candidate>[] found = first < 128 ? ascii[first] : other.get(first);
    if (found == null && create) {
      found = new List[LENGTHS];
      if (first < 128) {
        ascii[first] = found;
      } else {
        other.put(first, found);
      }
    }
    return found;
  }
}
