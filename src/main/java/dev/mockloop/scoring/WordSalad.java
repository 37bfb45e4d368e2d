package dev.mockloop.scoring;

import java.util.List;

/**
 * Whether an answer is a salad of terms rather than sentences: terms strung together with (almost)
 * no function words and no sentence structure ("sliding opens p99 window half-open fallback ..."),
 * or the same few words repeated over and over (in every 50 words, or in all). Such text is a
 * keyword list whatever its length and punctuation: {@link ListItems} marks all of it as listed and
 * {@link SignalReader} gives it full list-likeness, so padding a list out does not beat the
 * keyword-list guard. Real answers, terse notes included, keep their function words or their
 * sentences (the calibration answers with under 30% function words run at most 20 words a sentence)
 * and use at least 60% distinct words in every 50 (docs/scoring.md).
 */
final class WordSalad {
  /** Below this share of function words, text without sentences is a salad. */
  static final double FEW_FUNCTION_WORDS = 0.3;

  /** More words than this a sentence is no sentence structure. */
  static final int RUN_ON_WORDS = 30;

  /** Distinct words per {@link #WINDOW} below this share is heavy repetition. */
  static final double FEW_DISTINCT = 0.5;

  static final int WINDOW = 50;

  /**
   * Fewer distinct words in all than this times the square root of the words is heavy repetition
   * (prose keeps adding words: every calibration answer has at least 4.5 times the square root).
   */
  static final double FEW_OVERALL = 2;

  static final int MIN_WORDS = 20;

  private WordSalad() {}

  static boolean of(List<Word> words, Shape shape) {
    if (shape.words < MIN_WORDS) {
      return false;
    }
    int n = 0;
    int function = shape.functionWords;
    int windows = 0;
    int distinct = 0;
    Distinct[] scratch = SCRATCH.get();
    Distinct window = scratch[0].reset(WINDOW);
    Distinct all = scratch[1].reset(words.size());
    for (Word w : words) {
      if (w.kind() == Word.Kind.SYMBOL) {
        continue;
      }
      n++;
      window.add(w.lower());
      all.add(w.lower());
      if (n % WINDOW == 0) {
        windows++;
        distinct += window.size();
        window.clear();
      }
    }
    if (n < MIN_WORDS) {
      return false;
    }
    double distinctShare =
        windows == 0 ? (double) window.size() / n : (double) distinct / (windows * WINDOW);
    if (distinctShare < FEW_DISTINCT || all.size() < FEW_OVERALL * Math.sqrt(n)) {
      return true;
    }
    double perSentence = (double) n / Math.max(1, shape.sentences);
    return (double) function / n < FEW_FUNCTION_WORDS && perSentence > RUN_ON_WORDS;
  }

  /** Per thread, the two tables of {@link #of}, reused from answer to answer. */
  private static final ThreadLocal<Distinct[]> SCRATCH =
      ThreadLocal.withInitial(() -> new Distinct[] {new Distinct(), new Distinct()});

  /**
   * A count of distinct strings: an open-addressed table of at least twice the words it will hold,
   * probed by the string's cached hash ({@code HashSet} made a node per word, a fifth of this
   * pass). Reused: {@link #clear} empties only the slots taken.
   */
  private static final class Distinct {
    private String[] table = new String[0];
    private int[] hashes = new int[0];

    /** The slots taken, in the order taken. */
    private int[] taken = new int[0];

    private int size;

    /** Empties the table and makes it hold at least {@code words} words. */
    Distinct reset(int words) {
      int capacity = Integer.highestOneBit(Math.max(4, words * 2) - 1) << 1;
      if (capacity > table.length) {
        table = new String[capacity];
        hashes = new int[capacity];
        taken = new int[capacity];
        size = 0;
      }
      clear();
      return this;
    }

    void add(String w) {
      int h = w.hashCode();
      int mask = table.length - 1;
      int i = (h ^ (h >>> 16)) & mask;
      String e;
      while ((e = table[i]) != null) {
        if (hashes[i] == h && e.equals(w)) {
          return;
        }
        i = (i + 1) & mask;
      }
      table[i] = w;
      hashes[i] = h;
      taken[size++] = i;
    }

    int size() {
      return size;
    }

    void clear() {
      for (int k = 0; k < size; k++) {
        table[taken[k]] = null;
      }
      size = 0;
    }
  }
}
