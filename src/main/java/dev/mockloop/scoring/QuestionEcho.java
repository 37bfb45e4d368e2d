package dev.mockloop.scoring;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the interviewer said: the content terms and adjacent content-term pairs of a question's
 * prompt, context and follow-up. An answer's words that repeat them (see {@link #echoes}) earn
 * nothing on their own: restating the question is not an answer to it.
 */
final class QuestionEcho {
  /** Share of a sentence's content words taken from the question at which it is a restatement. */
  static final double ECHO_SHARE = 0.5;

  /** A sentence with more new content words than this says something of its own. */
  static final int NEW_WORDS = 3;

  static final QuestionEcho NONE = new QuestionEcho(TermBits.EMPTY, LongSet.EMPTY);

  /** The question's content terms ({@link Lexicon} numbers). */
  private final TermBits terms;

  /** Adjacent content-term pairs ({@link LongSet#pair}). */
  private final LongSet pairs;

  private final GivenNumbers numbers;
  private final boolean numbersOnly;

  private final boolean empty;

  private QuestionEcho(TermBits terms, LongSet pairs) {
    this(terms, pairs, GivenNumbers.NONE, true, false);
  }

  private QuestionEcho(
      TermBits terms, LongSet pairs, GivenNumbers numbers, boolean empty, boolean numbersOnly) {
    this.terms = terms;
    this.empty = empty;
    this.pairs = pairs;
    this.numbers = numbers;
    this.numbersOnly = numbersOnly;
  }

  /**
   * The same question, marking only the numbers it gave: what an answer that reads the question
   * back would still earn, since given numbers never count (for `questions validate`).
   */
  QuestionEcho numbersOnly() {
    return new QuestionEcho(terms, pairs, numbers, empty, true);
  }

  static QuestionEcho of(TextAnalyzer analyzer, String... texts) {
    Set<String> terms = new HashSet<>();
    long[] pairs = new long[16];
    int n = 0;
    GivenNumbers.Builder numbers = new GivenNumbers.Builder();
    for (String text : texts) {
      if (text == null || text.isBlank()) {
        continue;
      }
      int previous = -1;
      List<Token> tokens = analyzer.analyze(text);
      numbers.add(tokens);
      for (Token t : tokens) {
        if (t.stop()) {
          continue;
        }
        terms.add(t.term());
        int id = Lexicon.register(t.term());
        if (previous >= 0) {
          if (n == pairs.length) {
            pairs = java.util.Arrays.copyOf(pairs, n * 2);
          }
          pairs[n++] = LongSet.pair(previous, id);
        }
        previous = id;
      }
    }
    return new QuestionEcho(
        TermBits.of(terms), LongSet.of(pairs, n), numbers.build(), terms.isEmpty(), false);
  }

  boolean isEmpty() {
    return empty;
  }

  boolean has(String term) {
    return terms.contains(Lexicon.find(term));
  }

  /**
   * For each token of the answer, whether it restates the question: a content word of the question
   * that sits next to another of the question's words in the same order, or inside a sentence
   * mostly made of the question's words and adding at most three of its own. Numbers the question
   * gave count as restated wherever they stand, unless the answer puts a unit after them that the
   * question did not ({@link GivenNumbers}: "two weeks" is the answer's own estimate when the
   * question only said "two incidents"). Words the question did not use are never restated.
   */
  boolean[] echoes(AnalyzedAnswer a) {
    int n = a.tokens.size();
    boolean[] echo = new boolean[n];
    if (isEmpty()) {
      return echo;
    }
    int[] ids = a.termIds(terms.limit);
    int[] sentence = new int[n]; // the current sentence's content tokens
    int size = 0;
    int current = -1;
    for (int t = 0; t <= n; t++) {
      int s = t < n ? a.sentenceOf(t) : -2;
      if (s != current) {
        markSentence(a, ids, sentence, size, echo);
        size = 0;
        current = s;
      }
      if (t < n && !a.tokens.get(t).stop()) {
        sentence[size++] = t;
      }
    }
    return echo;
  }

  private void markSentence(AnalyzedAnswer a, int[] ids, int[] content, int size, boolean[] echo) {
    int known = 0;
    for (int i = 0; i < size; i++) {
      int id = ids[content[i]];
      if (!terms.contains(id)) {
        continue;
      }
      known++;
      String term = a.tokens.get(content[i]).term();
      if (Character.isDigit(term.charAt(0)) && numbers.given(a.tokens, content, size, i)) {
        echo[content[i]] = true;
      }
      if (numbersOnly) {
        continue;
      }
      int next = i + 1 < size ? ids[content[i + 1]] : -1;
      if (next >= 0 && pairs.contains(LongSet.pair(id, next))) {
        echo[content[i]] = true;
        echo[content[i + 1]] = true;
      }
    }
    if (!numbersOnly && size >= 3 && known >= ECHO_SHARE * size && size - known <= NEW_WORDS) {
      for (int i = 0; i < size; i++) {
        echo[content[i]] |= terms.contains(ids[content[i]]);
      }
    }
  }
}
