package dev.mockloop.scoring;

import java.util.ArrayList;
import java.util.List;

/**
 * Which words are bare items of a list of terms: "X, Y and Z" where the items are one to three
 * words with nothing said about them, and lines of one to three words in a row (a bullet list of
 * terms). The first item of an inline list counts when it is short too, or when a vague frame
 * introduces the list ("think about X, Y and Z", "things like X, Y, Z"); a verb that governs the
 * list ("alarm on X, Y and Z") is not an item, so a point that needs it is stated, not listed. A
 * colon ends a list: what comes before it names what the list after it is ("1 scoreboard: % traffic
 * moved, lead time, incidents"), like a governing verb, so it is not an item of that list.
 */
final class ListItems {
  static final int ITEM_WORDS = 3;
  static final int MIN_ITEMS = 3;
  static final WordSet JOINERS = WordSet.of("and", "or", "&", "plus", "nor");
  // spotless:off
  private static final WordSet VAGUE_FRAMES =
      WordSet.of("about", "consider", "considering", "like", "including", "include", "includes",
          "mention", "remember", "also", "as", "things", "stuff", "keywords", "topics", "re");
  // spotless:on

  private ListItems() {}

  /** Every word listed: a salad of terms ({@link WordSalad}). */
  static boolean[] all(int n) {
    boolean[] listed = new boolean[n];
    java.util.Arrays.fill(listed, true);
    return listed;
  }

  static boolean[] mark(String text, List<Word> words, Shape shape) {
    int n = words.size();
    boolean[] listed = new boolean[n];
    int start = 0;
    while (start < n) {
      int end = start + 1;
      while (end < n
          && shape.sentence[end] == shape.sentence[start]
          && !gapHas(text, words, end, ':')) {
        end++;
      }
      inline(text, words, shape, start, end, listed);
      start = end;
    }
    shortLines(shape, n, listed);
    EmptyClauses.mark(words, shape, listed);
    return listed;
  }

  /** Marks the items of lists inside the sentence [from, to). */
  private static void inline(
      String text, List<Word> words, Shape shape, int from, int to, boolean[] listed) {
    List<int[]> items = new ArrayList<>();
    int itemStart = from;
    for (int i = from; i < to; i++) {
      String w = words.get(i).lower();
      boolean separatorBefore = i > from && (shape.segmentStart[i] || gapHas(text, words, i, ';'));
      if (JOINERS.contains(w)) {
        items.add(new int[] {itemStart, i});
        itemStart = i + 1;
      } else if (separatorBefore && i > itemStart) {
        items.add(new int[] {itemStart, i});
        itemStart = i;
      }
    }
    items.add(new int[] {itemStart, to});
    items.removeIf(r -> r[1] <= r[0]);
    int i = 0;
    while (i < items.size()) {
      int j = i + 1;
      while (j < items.size() && bare(words, items.get(j))) {
        j++;
      }
      if (j - i >= MIN_ITEMS) {
        markHead(words, items.get(i), listed);
        for (int k = i + 1; k < j; k++) {
          fill(listed, items.get(k)[0], items.get(k)[1]);
        }
      }
      i = j;
    }
  }

  /**
   * Words that say something about the term beside them: its place in a sequence ("low-risk first,
   * billing last") or how often or how far it applies ("per service", "every team").
   */
  // spotless:off
  private static final WordSet STATING =
      WordSet.of("first", "last", "then", "next", "later", "after", "before", "only", "every",
          "per", "never", "always");
  // spotless:on

  /**
   * An item of at most {@value #ITEM_WORDS} words that says nothing about its term: no word of
   * {@link #STATING}. A number alone is still a bare term ("GSI, 100K QPS, 99.99%").
   */
  private static boolean bare(List<Word> words, int[] item) {
    if (length(item) > ITEM_WORDS) {
      return false;
    }
    for (int k = item[0]; k < item[1]; k++) {
      String w = words.get(k).lower();
      if (STATING.contains(w)) {
        return false;
      }
    }
    return true;
  }

  private static void markHead(List<Word> words, int[] head, boolean[] listed) {
    if (length(head) <= ITEM_WORDS) {
      fill(listed, head[0], head[1]);
      return;
    }
    for (int k = head[1] - 1; k >= head[0] && k >= head[1] - ITEM_WORDS - 1; k--) {
      if (VAGUE_FRAMES.contains(words.get(k).lower())) {
        fill(listed, k + 1, head[1]);
        return;
      }
    }
  }

  /** Runs of at least {@value #MIN_ITEMS} sentences of at most three words each. */
  private static void shortLines(Shape shape, int n, boolean[] listed) {
    List<int[]> sentences = new ArrayList<>();
    int start = 0;
    for (int i = 1; i <= n; i++) {
      if (i == n || shape.sentence[i] != shape.sentence[start]) {
        sentences.add(new int[] {start, i});
        start = i;
      }
    }
    int i = 0;
    while (i < sentences.size()) {
      int j = i;
      while (j < sentences.size() && length(sentences.get(j)) <= ITEM_WORDS) {
        j++;
      }
      if (j - i >= MIN_ITEMS) {
        fill(listed, sentences.get(i)[0], sentences.get(j - 1)[1]);
      }
      i = Math.max(j, i + 1);
    }
  }

  private static boolean gapHas(String text, List<Word> words, int i, char c) {
    for (int k = words.get(i - 1).end(); k < words.get(i).start(); k++) {
      if (text.charAt(k) == c) {
        return true;
      }
    }
    return false;
  }

  private static int length(int[] range) {
    return range[1] - range[0];
  }

  static void fill(boolean[] listed, int from, int to) {
    for (int k = from; k < to; k++) {
      listed[k] = true;
    }
  }
}
