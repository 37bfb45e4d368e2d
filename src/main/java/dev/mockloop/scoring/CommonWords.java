package dev.mockloop.scoring;

import java.util.ArrayList;
import java.util.List;

/**
 * The words answers use most (function words, units, spelled numbers: about half the words of an
 * answer), each one interned string, so {@link Words#scan} gives such a word without a new string
 * or a lower-cased copy, its hash already cached, and every later look-up of it in a {@link
 * WordSet} of literals compares the same instance instead of its characters.
 */
final class CommonWords {
  private static final int MAX_LENGTH = 16;

  private CommonWords() {}

  /**
   * The table, or null until {@link Vocabulary} has loaded and installed its lists. Not a class
   * holder that loads {@link Vocabulary}: its loading scans phrases through {@link Words#scan}, so
   * two threads loading the two classes could each wait for the other.
   */
  private static volatile Table table;

  /** An open-addressed table of the words, each slot's hash beside it. */
  private record Table(String[] keys, int[] hashes) {}

  /** Makes the members of {@code sets} (those of up to 16 ASCII letters) the common words. */
  static void install(WordSet... sets) {
    List<String> words = new ArrayList<>();
    WordSet.union(sets).addTo(words);
    int capacity = Integer.highestOneBit(Math.max(4, words.size() * 4) - 1) << 1;
    String[] keys = new String[capacity];
    int[] hashes = new int[capacity];
    for (String w : words) {
      if (w.length() <= MAX_LENGTH && asciiLetters(w)) {
        int h = w.hashCode();
        int i = (h ^ (h >>> 16)) & (capacity - 1);
        while (keys[i] != null) {
          i = (i + 1) & (capacity - 1);
        }
        keys[i] = w.intern();
        hashes[i] = h;
      }
    }
    table = new Table(keys, hashes);
  }

  private static boolean asciiLetters(String w) {
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (c < 'a' || c > 'z') {
        return false;
      }
    }
    return true;
  }

  /**
   * The common word that {@code text[start, end)} is in any case (ASCII letters only), or null: the
   * word's lower-case form.
   */
  static String find(String text, int start, int end) {
    Table t = table;
    if (t == null || end - start > MAX_LENGTH) {
      return null; // not installed yet (the word lists are loading), or too long
    }
    String[] keys = t.keys();
    int h = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c | 0x20);
      } else if (c < 'a' || c > 'z') {
        return null;
      }
      h = 31 * h + c;
    }
    int mask = keys.length - 1;
    int[] hashes = t.hashes();
    for (int i = (h ^ (h >>> 16)) & mask; keys[i] != null; i = (i + 1) & mask) {
      if (hashes[i] == h && keys[i].length() == end - start && sameLetters(keys[i], text, start)) {
        return keys[i];
      }
    }
    return null;
  }

  /** Whether {@code text} from {@code start} spells {@code word} in any case. */
  private static boolean sameLetters(String word, String text, int start) {
    for (int k = 0; k < word.length(); k++) {
      if ((text.charAt(start + k) | 0x20) != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code text[start, end)} has no upper-case letter. */
  static boolean lowerCase(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (text.charAt(i) < 'a') {
        return false;
      }
    }
    return true;
  }
}
