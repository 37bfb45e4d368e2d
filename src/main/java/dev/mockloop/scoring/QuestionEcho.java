package dev.mockloop.scoring;

import java.util.ArrayList;
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

  static final QuestionEcho NONE = new QuestionEcho(WordSet.EMPTY, WordSet.EMPTY);

  private final WordSet terms;
  private final WordSet pairs;
  private final boolean numbersOnly;

  private QuestionEcho(WordSet terms, WordSet pairs) {
    this(terms, pairs, false);
  }

  private QuestionEcho(WordSet terms, WordSet pairs, boolean numbersOnly) {
    this.terms = terms;
    this.pairs = pairs;
    this.numbersOnly = numbersOnly;
  }

  /**
   * The same question, marking only the numbers it gave: what an answer that reads the question
   * back would still earn, since given numbers never count (for `questions validate`).
   */
  QuestionEcho numbersOnly() {
    return new QuestionEcho(terms, pairs, true);
  }

  static QuestionEcho of(TextAnalyzer analyzer, String... texts) {
    Set<String> terms = new HashSet<>();
    Set<String> pairs = new HashSet<>();
    for (String text : texts) {
      if (text == null || text.isBlank()) {
        continue;
      }
      String previous = null;
      for (Token t : analyzer.analyze(text)) {
        if (t.stop()) {
          continue;
        }
        terms.add(t.term());
        if (previous != null) {
          pairs.add(previous + ' ' + t.term());
        }
        previous = t.term();
      }
    }
    return new QuestionEcho(WordSet.copyOf(terms), WordSet.copyOf(pairs));
  }

  boolean isEmpty() {
    return terms.isEmpty();
  }

  boolean has(String term) {
    return terms.contains(term);
  }

  /**
   * For each token of the answer, whether it restates the question: a content word of the question
   * that sits next to another of the question's words in the same order, or inside a sentence
   * mostly made of the question's words and adding at most three of its own. Numbers the question
   * gave count as restated wherever they stand. Words the question did not use are never restated.
   */
  boolean[] echoes(AnalyzedAnswer a) {
    int n = a.tokens.size();
    boolean[] echo = new boolean[n];
    if (isEmpty()) {
      return echo;
    }
    List<Integer> sentence = new ArrayList<>();
    int current = -1;
    for (int t = 0; t <= n; t++) {
      int s = t < n ? a.sentenceOf(t) : -2;
      if (s != current) {
        markSentence(a, sentence, echo);
        sentence.clear();
        current = s;
      }
      if (t < n && !a.tokens.get(t).stop()) {
        sentence.add(t);
      }
    }
    return echo;
  }

  private void markSentence(AnalyzedAnswer a, List<Integer> content, boolean[] echo) {
    int known = 0;
    for (int i = 0; i < content.size(); i++) {
      String term = a.tokens.get(content.get(i)).term();
      if (!terms.contains(term)) {
        continue;
      }
      known++;
      if (Character.isDigit(term.charAt(0))) {
        echo[content.get(i)] = true;
      }
      if (numbersOnly) {
        continue;
      }
      if (i + 1 < content.size()
          && pairs.contains(term + ' ' + a.tokens.get(content.get(i + 1)).term())) {
        echo[content.get(i)] = true;
        echo[content.get(i + 1)] = true;
      }
    }
    if (!numbersOnly
        && content.size() >= 3
        && known >= ECHO_SHARE * content.size()
        && content.size() - known <= NEW_WORDS) {
      for (int t : content) {
        echo[t] |= terms.contains(a.tokens.get(t).term());
      }
    }
  }
}
