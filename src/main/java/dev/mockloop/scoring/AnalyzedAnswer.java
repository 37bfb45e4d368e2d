package dev.mockloop.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An answer analyzed once and matched against any number of rubrics: its words, sentence
 * shape, negation scopes and analyzed tokens, with an index from terms to token positions.
 */
final class AnalyzedAnswer {
  final String text;
  final List<Word> words;
  final Shape shape;
  final boolean[] negatedWord;
  final boolean[] deniedAfterWord;
  final List<Token> tokens;
  final int[] tokenWord;
  /** Per word: a bare item of a list of terms ({@link ListItems}). */
  final boolean[] listedWord;
  /** Per token: restates the question ({@link QuestionText#echoes}). */
  final boolean[] echoToken;
  private final boolean[] echoWord;
  private final Map<String, List<Integer>> byTerm = new HashMap<>();
  private final TypoIndex termTypos = new TypoIndex();
  private final TypoIndex surfaceTypos = new TypoIndex();
  private final Map<String, List<Integer>> bySurface = new HashMap<>();

  private static final int[] NONE = new int[0];

  AnalyzedAnswer(String text, TextAnalyzer analyzer) {
    this(text, analyzer, QuestionText.NONE);
  }

  AnalyzedAnswer(String text, TextAnalyzer analyzer, QuestionText question) {
    this.text = text;
    this.words = Words.scan(text);
    this.shape = new Shape(text, words);
    this.negatedWord = or(Negation.scopes(words, shape), Attribution.rejected(words, shape));
    this.deniedAfterWord = Negation.deniedAfter(words, shape);
    this.tokens = analyzer.analyze(text);
    this.tokenWord = new int[tokens.size()];
    int w = 0;
    for (int t = 0; t < tokens.size(); t++) {
      Token tok = tokens.get(t);
      while (w + 1 < words.size() && words.get(w + 1).start() <= tok.start()) {
        w++;
      }
      tokenWord[t] = w;
      index(tok, t);
    }
    this.listedWord = ListItems.mark(text, words, shape);
    this.echoToken = question.echoes(this);
    this.echoWord = new boolean[words.size()];
    for (int t = 0; t < tokens.size(); t++) {
      echoWord[tokenWord[t]] |= echoToken[t];
    }
  }

  /** Whether every content token of [first, last] restates the question. */
  boolean echoed(int first, int last) {
    boolean any = false;
    for (int t = first; t <= last; t++) {
      if (!tokens.get(t).stop()) {
        if (!echoToken[t]) {
          return false;
        }
        any = true;
      }
    }
    return any;
  }

  /** Whether a token at word {@code w} restates the question. */
  boolean echoWord(int w) {
    return echoWord[w];
  }

  /** Whether the token is part of a bare list item. */
  boolean listed(int token) {
    return listedWord[tokenWord[token]];
  }

  /** Whether a negation cue sits between the matched tokens of a span (not on them). */
  boolean negatedInside(int[] matched) {
    for (int k = 0; k + 1 < matched.length; k++) {
      for (int w = lastWord(matched[k]) + 1; w < tokenWord[matched[k + 1]]; w++) {
        if (Negation.isCueWord(words.get(w).lower())) {
          return true;
        }
      }
    }
    return false;
  }

  private void index(Token tok, int position) {
    List<Integer> at = byTerm.computeIfAbsent(tok.term(), k -> new ArrayList<>());
    if (at.isEmpty() && tok.fuzzable()) {
      termTypos.add(tok.term());
    }
    at.add(position);
    if (tok.fuzzable()) {
      List<Integer> s = bySurface.computeIfAbsent(tok.surface(), k -> new ArrayList<>());
      if (s.isEmpty()) {
        surfaceTypos.add(tok.surface());
      }
      s.add(position);
    }
  }

  private final Map<String, int[]> exactCache = new HashMap<>(1024);

  /**
   * Sorted positions of the tokens that match a phrase token: exactly, or, when the answer has
   * no exact match, within a typo.
   */
  int[] positions(Token phraseToken) {
    int[] exact = exact(phraseToken.term());
    if (!phraseToken.fuzzable() || exact.length > 0) {
      return exact;
    }
    List<Integer> fuzzy = termTypos.addClose(phraseToken.term(), byTerm, null);
    fuzzy = surfaceTypos.addClose(phraseToken.surface(), bySurface, fuzzy);
    if (fuzzy == null) {
      return exact;
    }
    for (int e : exact) {
      fuzzy.add(e);
    }
    return sortedDistinct(fuzzy);
  }

  private static boolean[] or(boolean[] a, boolean[] b) {
    for (int i = 0; i < a.length; i++) {
      a[i] |= b[i];
    }
    return a;
  }

  private static int[] sortedDistinct(List<Integer> values) {
    int[] all = new int[values.size()];
    for (int i = 0; i < all.length; i++) {
      all[i] = values.get(i);
    }
    java.util.Arrays.sort(all);
    int n = 0;
    for (int i = 0; i < all.length; i++) {
      if (n == 0 || all[n - 1] != all[i]) {
        all[n++] = all[i];
      }
    }
    return n == all.length ? all : java.util.Arrays.copyOf(all, n);
  }

  /** Sorted positions of the tokens whose term is exactly {@code term}. */
  private int[] exact(String term) {
    int[] cached = exactCache.get(term);
    if (cached == null) {
      List<Integer> at = byTerm.get(term);
      if (at == null) {
        cached = NONE;
      } else {
        cached = new int[at.size()];
        for (int i = 0; i < cached.length; i++) {
          cached[i] = at.get(i);
        }
      }
      exactCache.put(term, cached);
    }
    return cached;
  }

  int sentenceOf(int token) {
    return shape.sentence[tokenWord[token]];
  }

  /** Whether a match from token {@code first} to {@code last} sits in a negation. */
  boolean negated(int first, int last) {
    return negatedWord[tokenWord[first]] || deniedAfterWord[lastWord(last)];
  }

  /**
   * Whether a negation of [first, last] is a rejection of its opposite rather than of the idea:
   * negated only because the clause goes on to call it fine ("counting declines as failures is
   * fine" keeps counting them). An inverted alternative ("not failures") must not match there.
   */
  boolean negatedByNegation(int first, int last) {
    if (negatedWord[tokenWord[first]]) {
      return true;
    }
    int w = lastWord(last);
    if (!deniedAfterWord[w]) {
      return false;
    }
    return !Negation.callsItFine(words, shape, w);
  }

  /** The word holding the end of a token (a synonym token may span several words). */
  private int lastWord(int token) {
    int w = tokenWord[token];
    int end = tokens.get(token).end();
    while (w + 1 < words.size() && words.get(w + 1).start() < end) {
      w++;
    }
    return w;
  }
}
