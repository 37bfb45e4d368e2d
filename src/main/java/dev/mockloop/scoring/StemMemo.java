package dev.mockloop.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * An answer's tokens with most words' tokens remembered instead of made by the Lucene chain again.
 * A plain word (ASCII letters, digits and apostrophes, starting with a letter; not a number written
 * in words, not "once", "twice" or "times") gives the same one token wherever it stands, unless a
 * quantity is just before it: {@link NumberFilter} passes it unchanged, {@link RateFilter} changes
 * only an article within a few tokens after a quantity, and the rest of the chain (lower-casing,
 * possessives, stop words, the stemmer) looks at one token at a time. So a plain word's term and
 * stop-word flag are worked out once, by the chain over the word alone, and remembered; the chain
 * reads only the stretches from each other word (a number, a symbol, a number in words, a word with
 * other characters) to the last word it may change or read ({@link #stretch}). Stretches that start
 * with a quantity share one stream (the filters' state after a quantity is the same whatever came
 * before); another starts a stream of its own, as after a reset. The chain and its stemming were a
 * fifth of batch scoring (about 66 us of the analysis of a 195-word answer with its scan, now about
 * 47); per token, eight filters' attribute copies, a stop-word probe, the stemmer's override FST
 * and the stemmer. {@code StemMemoTest} checks that the tokens are the chain's own for every text
 * of the bank and the calibration sets and for random texts of quantities, articles, units and
 * plain words. Thread-safe; at most {@value #LIMIT} words are remembered (then it starts again).
 */
final class StemMemo {
  private static final int LIMIT = 1 << 16;

  /** A word's term ({@code null}: the word itself) and whether it is a stop word. */
  private record Stem(String term, boolean stop) {}

  /** Remembered for a word the chain gives other than one token spanning it. */
  private static final Stem NOT_PLAIN = new Stem(null, false);

  /**
   * A word whose first token is a quantity to {@link RateFilter} (a number, a number in words,
   * "once", "twice", "times"): the chain's state after it is the same whatever came before.
   */
  private static final Stem QUANTITY = new Stem(null, false);

  private final ConcurrentHashMap<String, Stem> memo = new ConcurrentHashMap<>();

  /**
   * The chain's tokens, before synonyms, of {@code text} whose scanned words are {@code words} (a
   * text without curly apostrophes); {@code chain} gives them for a text and some of its words.
   */
  List<Token> tokens(
      String text, List<Word> words, BiFunction<String, List<Word>, List<Token>> chain) {
    int n = words.size();
    Stem[] stems = new Stem[n];
    for (int i = 0; i < n; i++) {
      Word w = words.get(i);
      stems[i] =
          plain(w) ? stem(w.lower(), chain) : w.kind() == Word.Kind.NUMBER ? QUANTITY : NOT_PLAIN;
    }
    List<Token> read = new ArrayList<>(); // the chain's tokens of the stretches it reads
    List<Word> stream = new ArrayList<>(); // stretches the chain reads as one stream
    for (int i = 0; i < n; ) {
      if (!odd(stems[i])) {
        i++;
        continue;
      }
      if (stems[i] != QUANTITY && !stream.isEmpty()) { // only a quantity starts as after a reset
        read.addAll(chain.apply(text, stream));
        stream = new ArrayList<>();
      }
      int end = stretch(words, stems, i);
      stream.addAll(words.subList(i, end + 1));
      java.util.Arrays.fill(stems, i, end + 1, null);
      i = end + 1;
    }
    if (!stream.isEmpty()) {
      read.addAll(chain.apply(text, stream));
    }
    List<Token> out = new ArrayList<>(read.size() + n);
    int r = 0;
    for (int i = 0; i < n; i++) {
      if (stems[i] != null) {
        Word w = words.get(i);
        while (r < read.size() && read.get(r).start() < w.start()) {
          out.add(read.get(r++));
        }
        out.add(token(w, stems[i]));
      }
    }
    while (r < read.size()) {
      out.add(read.get(r++));
    }
    return out;
  }

  /**
   * The last word of the stretch the chain reads from the quantity (or odd word) at {@code q}: each
   * quantity's {@link #reach}, and any quantity after one within {@link RateFilter#LOOKBACK} plain
   * words (the filter's count of tokens since a quantity runs on into it). After the stretch, the
   * chain is as after a reset: no quantity in the last {@link RateFilter#LOOKBACK} tokens, no
   * number being read.
   */
  private static int stretch(List<Word> words, Stem[] stems, int q) {
    int end = reach(words, stems, q);
    int plain = 0; // plain words since the last quantity
    for (int k = q + 1; k < words.size() && (k <= end || plain <= RateFilter.LOOKBACK); k++) {
      if (odd(stems[k])) {
        end = Math.max(end, reach(words, stems, k));
        plain = 0;
      } else if (!NumberWords.WORD_MULTIPLIERS.containsKey(words.get(k).lower())) {
        plain++;
      }
    }
    return end;
  }

  /**
   * The last word whose token the quantity (or odd word) at {@code q} may change or read: the next
   * word ({@link NumberFilter}'s unit or the word it puts back), after each multiplier word; an
   * article within {@link RateFilter#LOOKBACK} tokens and the word after it ("5 requests a
   * second"). Words that may merge into the number's token count as no token.
   */
  private static int reach(List<Word> words, Stem[] stems, int q) {
    int n = words.size();
    int last = q + 1;
    int between = 0; // tokens between the quantity and word k, at least
    for (int k = q + 1; k < n && between <= RateFilter.LOOKBACK; k++) {
      String w = words.get(k).lower();
      if (odd(stems[k]) || NumberWords.WORD_MULTIPLIERS.containsKey(w)) {
        last = Math.max(last, k + 1); // may be part of the number: the chain reads the next word
      } else {
        if (w.equals("a") || w.equals("an")) {
          last = Math.max(last, k + 1);
        }
        between++;
      }
    }
    return Math.min(last, n - 1);
  }

  /** Whether the chain reads the word: a quantity or another word that is not plain. */
  private static boolean odd(Stem s) {
    return s == NOT_PLAIN || s == QUANTITY;
  }

  private static Token token(Word w, Stem s) {
    String surface = w.lower();
    return new Token(
        s.term() == null ? surface : s.term(), surface, w.start(), w.end(), s.stop(), false);
  }

  /** The word's stem, from the chain over the word alone the first time. */
  private Stem stem(String word, BiFunction<String, List<Word>, List<Token>> chain) {
    Stem s = memo.get(word);
    if (s == null) {
      List<Token> alone = chain.apply(word, Words.scan(word));
      Token t = alone.size() == 1 ? alone.get(0) : null;
      s =
          t == null || t.start() != 0 || t.end() != word.length()
              ? NOT_PLAIN
              : quantity(word)
                  ? QUANTITY
                  : new Stem(t.term().equals(word) ? null : t.term(), t.stop());
      if (memo.size() >= LIMIT) {
        memo.clear();
      }
      memo.put(word, s);
    }
    return s;
  }

  /** Whether the chain reads the word as a quantity, or may: a number in words, "once", "twice". */
  private static boolean quantity(String word) {
    return NumberWords.maybeSpelled(word.toCharArray(), word.length())
        || word.equals("once")
        || word.equals("twice")
        || word.equals("times");
  }

  /**
   * Whether the word may be plain by its characters (its word is then looked up): ASCII letters,
   * digits and apostrophes, starting with a letter.
   */
  private static boolean plain(Word w) {
    if (w.kind() != Word.Kind.WORD) {
      return false;
    }
    String s = w.text();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean letter = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
      if (!(letter || i > 0 && (c >= '0' && c <= '9' || c == '\''))) {
        return false;
      }
    }
    return true;
  }
}
