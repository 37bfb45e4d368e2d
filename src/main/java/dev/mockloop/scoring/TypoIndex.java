package dev.mockloop.scoring;

import java.util.ArrayList;
import java.util.Arrays;
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

  /** The length buckets a first character's table starts with. */
  private static final int SHORT_LENGTHS = 16;

  /**
   * A distinct word with its letter set ({@link Fuzzy#letters}), the surface form the answer wrote
   * (a real word, {@link RealWords}, matches only within its family), and its list of positions
   * ({@link PositionLists}).
   */
  record Candidate(String text, long letters, String surface, int list) {
    /** Whether the answer wrote a real word here, looked up only once a word is close. */
    boolean real() {
      return RealWords.contains(surface);
    }
  }

  /** The positions of the close words found so far, in no order, with repeats. */
  static final class Found {
    private int[] all = new int[8];
    private int size;

    void add(PositionLists lists, int list) {
      int more = lists.size(list);
      if (size + more > all.length) {
        all = Arrays.copyOf(all, Math.max(all.length * 2, size + more));
      }
      size = lists.copyInto(list, all, size);
    }

    /** The positions found, ascending, each once. */
    int[] sortedDistinct() {
      Arrays.sort(all, 0, size);
      int n = 0;
      for (int i = 0; i < size; i++) {
        if (n == 0 || all[n - 1] != all[i]) {
          all[n++] = all[i];
        }
      }
      return Arrays.copyOf(all, n);
    }
  }

  @SuppressWarnings("unchecked")
  private final List<Candidate>[][] ascii = new List[128][];

  private final Map<Character, List<Candidate>[]> other = new HashMap<>();

  /** Per ASCII first character, a bit per length bucket that holds a word. */
  private final long[] lengths = new long[128];

  /**
   * Adds an answer's word (a term or a surface form) with the surface form it came from: a real
   * word there matches only within {@link Fuzzy#sameFamily}.
   */
  void add(String word, String surface, int list) {
    int l = bucket(word.length());
    List<Candidate>[] byLength = byLength(word.charAt(0), l);
    if (byLength[l] == null) {
      byLength[l] = new ArrayList<>();
    }
    byLength[l].add(new Candidate(word, Fuzzy.letters(word), surface, list));
    if (word.charAt(0) < 128) {
      lengths[word.charAt(0)] |= 1L << l;
    }
  }

  /**
   * Adds to {@code into} the positions of the words {@link Fuzzy#close} to the term ({@code
   * surface} false) or the surface form of fuzzable token {@code k} of a phrase; returns {@code
   * into}, or a new one when it was null and a word was found. Reads the phrase's string only for a
   * word that could be close by the token's {@link Phrase#typo} key and letters.
   */
  Found addClose(Phrase phrase, int k, boolean surface, PositionLists lists, Found into) {
    long key = phrase.typo()[3 * k];
    int length = (int) (key >>> (surface ? 0 : 24)) & 255;
    if (length == 255) { // the key caps the length: take it from the string
      Token t = phrase.tokens().get(k);
      length = (surface ? t.surface() : t.term()).length();
    }
    if (length < Fuzzy.MIN_LENGTH) {
      return into; // no word is close to a short one (Fuzzy#allowed), so skip the look-up
    }
    int from = bucket(Math.max(0, length - 2));
    int to = bucket(length + 2);
    char first = (char) (key >>> (surface ? 8 : 32));
    if (first < 128 && (lengths[first] & (-1L >>> (63 - to)) & (-1L << from)) == 0) {
      return into; // no word of the answer starts with it and has a length in range
    }
    List<Candidate>[] byLength = first < 128 ? ascii[first] : other.get(first);
    if (byLength == null) {
      return into;
    }
    long letters = phrase.typo()[3 * k + (surface ? 2 : 1)];
    String word = null;
    for (int l = from; l <= to && l < byLength.length; l++) {
      if (byLength[l] == null) {
        continue;
      }
      for (Candidate c : byLength[l]) {
        // a bucket below the last holds one length, and a table one first character: the
        // candidate's string is read only once it may be close
        if (l < LENGTHS - 1
            ? Fuzzy.mayBeClose(l, c.letters(), length, letters)
            : Fuzzy.mayBeClose(c.text(), c.letters(), length, first, letters)) {
          if (word == null) {
            Token t = phrase.tokens().get(k);
            word = surface ? t.surface() : t.term();
          }
          if (Fuzzy.close(c.text(), word) && (Fuzzy.sameFamily(c.text(), word) || !c.real())) {
            into = into == null ? new Found() : into;
            into.add(lists, c.list());
          }
        }
      }
    }
    return into;
  }

  /**
   * A fuzzable token's look-up key for {@link #mayHaveClose}: the first character and length of its
   * term and of its surface form, packed in a long (never 0).
   */
  static long key(Token t) {
    return 1L << 48
        | (long) t.term().charAt(0) << 32
        | (long) Math.min(t.term().length(), 255) << 24
        | (long) t.surface().charAt(0) << 8
        | Math.min(t.surface().length(), 255);
  }

  /**
   * False only when {@link #addClose} of the term ({@code surface} false) or the surface form of a
   * token with this {@link #key} surely finds nothing: too short for a typo, or no word of the
   * answer with its first character and a length in range. Reads no string.
   */
  boolean mayHaveClose(long key, boolean surface) {
    char first = (char) (key >>> (surface ? 8 : 32));
    int length = (int) (key >>> (surface ? 0 : 24)) & 255;
    if (length < Fuzzy.MIN_LENGTH) {
      return false;
    }
    if (first >= 128) {
      return true;
    }
    int from = bucket(Math.max(0, length - 2));
    int to = bucket(length + 2);
    return (lengths[first] & (-1L >>> (63 - to)) & (-1L << from)) != 0;
  }

  private static int bucket(int length) {
    return Math.min(length, LENGTHS - 1);
  }

  /**
   * The words starting with {@code first} by length bucket, made or grown to hold bucket {@code l}
   * (sized to the longest word seen, not to {@link #LENGTHS}: most answers' words are short).
   */
  @SuppressWarnings("unchecked")
  private List<Candidate>[] byLength(char first, int l) {
    List<Candidate>[] found = first < 128 ? ascii[first] : other.get(first);
    if (found == null || l >= found.length) {
      int size = Math.min(LENGTHS, Math.max(SHORT_LENGTHS, Integer.highestOneBit(l) << 1));
      found = found == null ? new List[size] : java.util.Arrays.copyOf(found, size);
      if (first < 128) {
        ascii[first] = found;
      } else {
        other.put(first, found);
      }
    }
    return found;
  }
}
