package dev.mockloop.scoring;

import java.util.List;

/**
 * An answer analyzed once and matched against any number of rubrics: its words, sentence shape,
 * negation scopes and analyzed tokens, with an index from terms to token positions.
 */
final class AnalyzedAnswer {
  final String text;
  final List<Word> words;
  final Shape shape;
  final boolean[] negatedWord;
  final boolean[] deniedAfterWord;

  /** Per word: which negation covers it ({@link #negationOf}), or -1. */
  private final int[] negationWord;

  private final int[] deniedBy;
  final List<Token> tokens;
  final int[] tokenWord;

  /** Per word: a bare item of a list of terms ({@link ListItems}); all of a {@link #salad}. */
  final boolean[] listedWord;

  final boolean salad; // a salad of terms (WordSalad)

  /** Per token: restates the question ({@link QuestionEcho#echoes}). */
  final boolean[] echoToken;

  /** The question the answer replies to ({@link QuestionEcho#NONE} if not given). */
  final QuestionEcho question;

  private final boolean[] echoWord;

  /** The sentences that end in "?" ({@link Questions#of}), found when a rubric first asks. */
  private List<Mention> questions;

  private final TermIndex terms;

  AnalyzedAnswer(String text, TextAnalyzer analyzer) {
    this(text, analyzer, QuestionEcho.NONE);
  }

  AnalyzedAnswer(String text, TextAnalyzer analyzer, QuestionEcho question) {
    this.text = text;
    this.words = Words.scan(text);
    this.shape = new Shape(text, words);
    this.negationWord = SameNegation.ids(words, shape);
    this.negatedWord = SameNegation.marked(negationWord);
    this.deniedBy = Dismissals.deniers(words, shape);
    this.deniedAfterWord = SameNegation.marked(deniedBy);
    this.tokens = analyzer.analyze(text, words);
    this.tokenWord = new int[tokens.size()];
    int w = 0;
    for (int t = 0; t < tokens.size(); t++) {
      Token tok = tokens.get(t);
      while (w + 1 < words.size() && words.get(w + 1).start() <= tok.start()) {
        w++;
      }
      tokenWord[t] = w;
    }
    this.terms = new TermIndex(tokens);
    this.salad = WordSalad.of(words, shape);
    this.listedWord = salad ? ListItems.all(words.size()) : ListItems.mark(text, words, shape);
    this.question = question;
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

  /** The mentions of the answer's questions ({@link Questions#of}). */
  List<Mention> questions() {
    if (questions == null) {
      questions = Questions.of(this);
    }
    return questions;
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

  /** Sorted positions of the tokens that match token {@code k} of a phrase ({@link TermIndex}). */
  int[] positions(Phrase phrase, int k) {
    return terms.positions(phrase, k);
  }

  /**
   * False only when the phrase surely does not occur: its first word is neither in the answer nor
   * within a typo of an answer word ({@link TermIndex#mayMatch}). Placeholders always may.
   */
  boolean mayMatch(Phrase phrase) {
    return phrase.firstTerm() < 0 || terms.mayMatch(phrase.firstTerm(), phrase.firstTypo());
  }

  /** {@link #mayMatch(Phrase)} from a phrase's first term number (not negative) and typo key. */
  boolean mayMatch(int firstTerm, long firstTypo) {
    return terms.mayMatch(firstTerm, firstTypo);
  }

  /**
   * Each token's term number ({@link Lexicon}), looked up again first if a set made after the
   * answer, whose {@link TermBits#limit} is {@code limit}, may hold terms it lacked.
   */
  int[] termIds(int limit) {
    return terms.ids(limit);
  }

  /**
   * Which negation makes [first, last] negated: the cue whose scope it sits in, the reported idea
   * set aside, the verdict after it, or the cue between its words; -1 if none. Two mentions with
   * the same number sit under one negation.
   */
  int negationOf(int first, int last) {
    int n = words.size();
    if (negatedWord[tokenWord[first]]) {
      return negationWord[tokenWord[first]];
    }
    int w = lastWord(last);
    if (deniedAfterWord[w]) {
      return 2 * n + deniedBy[w];
    }
    for (int k = tokenWord[first] + 1; k < w; k++) {
      if (Negation.isCueWord(words.get(k).lower())) {
        return k;
      }
    }
    return -1;
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
    return !Dismissals.callsItFine(words, shape, w);
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
