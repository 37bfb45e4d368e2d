package dev.mockloop.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A rubric phrase ready to match: its analyzed tokens without articles and, where enough remains,
 * without other stop words ("total cost of ownership" needs "total cost ownership"; "in-memory"
 * keeps "in"). Negation cues are always kept so "no single point of failure" needs its "no".
 *
 * @param text the phrase as the rubric author wrote it
 * @param tokens what must appear in the answer, in order
 * @param keys one lookup key per token (term and surface), computed once
 * @param key the whole phrase's lookup key (its tokens' keys, or the placeholder's text): two
 *     phrases with the same key match the same spans of an answer
 * @param inverted whether this is the rest of an alternative written with a leading negation ("no
 *     lock", "never promote"): it counts only where the answer negates or dismisses it ("we don't
 *     need a lock", "locks are overkill"), the direction the author meant
 * @param id the number of {@code key} ({@link PhraseIds}), for the per-answer memo of spans
 * @param tokenIds the number of each token's key, for the per-answer memo of positions
 * @param termIds each token's term number ({@link Lexicon}), to find its positions in an answer
 * @param typo per token, three longs worked out once: its typo look-up key ({@link TypoIndex#key},
 *     0 when the token is not {@link Token#fuzzable}) and the {@link Fuzzy#letters} of its term and
 *     of its surface form, so a typo search reads the phrase's strings only for a close candidate
 * @param firstTerm the first token's term number, or -1 when the phrase has no tokens
 * @param firstTypo the first token's typo look-up key ({@link TypoIndex#key}), 0 if not fuzzable:
 *     with {@code firstTerm}, kept in the record itself so that ruling out a phrase whose first
 *     word the answer lacks reads nothing else of the compiled rubric ({@link
 *     AnalyzedAnswer#mayMatch})
 * @param saysNo whether the text says its idea with a negation inside it ({@link Negation#saysNo}),
 *     worked out once rather than per mention
 */
record Phrase(
    String text,
    List<Token> tokens,
    List<String> keys,
    String key,
    boolean inverted,
    int id,
    int[] tokenIds,
    int[] termIds,
    long[] typo,
    int firstTerm,
    long firstTypo,
    boolean saysNo) {
  // spotless:off
  private static final Set<String> ARTICLES =
      Set.of("a", "an", "the", "this", "that", "these", "those", "our", "your", "my", "their");
  // spotless:on
  private static final Set<String> CUES = Set.of("no", "not", "without", "never", "nor");

  Phrase {
    tokens = List.copyOf(tokens);
    keys = List.copyOf(keys);
  }

  Phrase(String text, List<Token> tokens) {
    this(text, tokens, false);
  }

  private Phrase(String text, List<Token> tokens, boolean inverted) {
    this(
        text,
        tokens,
        tokens.stream().map(t -> t.term() + '\u0000' + t.surface()).toList(),
        inverted);
  }

  private Phrase(String text, List<Token> tokens, List<String> keys, boolean inverted) {
    this(text, tokens, keys, tokens.isEmpty() ? text : String.join("\u0001", keys), inverted);
  }

  private Phrase(String text, List<Token> tokens, List<String> keys, String key, boolean inverted) {
    this(
        text,
        tokens,
        keys,
        key,
        inverted,
        PhraseIds.id(key),
        keys.stream().mapToInt(PhraseIds::id).toArray(),
        tokens.stream().mapToInt(t -> Lexicon.register(t.term())).toArray(),
        typo(tokens));
  }

  private Phrase(
      String text,
      List<Token> tokens,
      List<String> keys,
      String key,
      boolean inverted,
      int id,
      int[] tokenIds,
      int[] termIds,
      long[] typo) {
    this(
        text,
        tokens,
        keys,
        key,
        inverted,
        id,
        tokenIds,
        termIds,
        typo,
        termIds.length == 0 ? -1 : termIds[0],
        tokens.isEmpty() ? 0 : typo[0],
        Negation.saysNo(text));
  }

  private static long[] typo(List<Token> tokens) {
    long[] out = new long[3 * tokens.size()];
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.fuzzable()) {
        out[3 * i] = TypoIndex.key(t);
        out[3 * i + 1] = Fuzzy.letters(t.term());
        out[3 * i + 2] = Fuzzy.letters(t.surface());
      }
    }
    return out;
  }

  /** Leading words of an idiom, not a negated idea: "no one", "no longer", "not yet", ... */
  // spotless:off
  private static final Set<String> IDIOMS = Set.of("one", "longer", "more", "less", "fewer",
      "idea", "yet", "matter", "only", "just", "doubt", "way", "later", "sooner", "further",
      "even", "much", "many", "all", "least", "worse", "better", "earlier");
  // spotless:on

  /**
   * The negated sense of an alternative that starts with "not", "no", "never" or "without" ("no
   * lock" -> "lock", inverted), or null when it has none: an idiom ("no one", "not yet") or nothing
   * left with content.
   */
  static Phrase inverse(String text, TextAnalyzer analyzer) {
    String lower = text.toLowerCase(java.util.Locale.ROOT).trim();
    int space = lower.indexOf(' ');
    if (space < 0 || !CUES.contains(lower.substring(0, space))) {
      return null;
    }
    String rest = lower.substring(space + 1).trim();
    String head = rest.split("[ -]", 2)[0];
    if (IDIOMS.contains(head) || ARTICLES.contains(head) && rest.indexOf(' ') < 0) {
      return null;
    }
    Phrase p = of(rest, analyzer);
    boolean content =
        p.tokens().stream()
            .anyMatch(
                t -> !t.stop() && !CUES.contains(t.surface()) && !t.term().matches("[0-9.,]+"));
    return content ? new Phrase(text, p.tokens(), true) : null;
  }

  /** The placeholder this phrase stands for ("money" for {@code <money>}), or null. */
  String placeholder() {
    // firstTerm is -1 exactly when there are no tokens, and sits in the record read already
    return firstTerm < 0 && tokens.isEmpty() && text.startsWith("<") && text.endsWith(">")
        ? text.substring(1, text.length() - 1)
        : null;
  }

  static Phrase of(String text, TextAnalyzer analyzer) {
    return of(text, analyzer, false);
  }

  /**
   * As {@link #of(String, TextAnalyzer)}; with {@code keepAuxiliary}, the stop word right before a
   * "not" stays ("will not see", not just "not see"), for the spelled-out form {@link Contractions}
   * makes of "won't see": the one word "won't" says which verb is negated, and without it "I do not
   * see a problem" would match.
   */
  static Phrase of(String text, TextAnalyzer analyzer, boolean keepAuxiliary) {
    if (text.startsWith("<") && text.endsWith(">")) {
      return new Phrase(text, List.of());
    }
    List<Token> all = analyzer.analyze(text);
    List<Token> noArticles = new ArrayList<>();
    for (Token t : all) {
      if (!ARTICLES.contains(t.surface())) {
        noArticles.add(t);
      }
    }
    List<Token> content = new ArrayList<>();
    for (int i = 0; i < noArticles.size(); i++) {
      Token t = noArticles.get(i);
      boolean auxiliary =
          keepAuxiliary
              && i + 1 < noArticles.size()
              && noArticles.get(i + 1).surface().equals("not");
      if (!t.stop() || CUES.contains(t.surface()) || auxiliary) {
        content.add(t);
      }
    }
    List<Token> chosen = content.size() >= Math.min(2, noArticles.size()) ? content : noArticles;
    return new Phrase(text, chosen.isEmpty() ? all : chosen);
  }
}
