package dev.mockloop.scoring;

import java.util.List;
import java.util.Set;

/**
 * Which words sit inside a negation scope. A cue ("not", "never", "no", "without", "nor",
 * "n't" contractions, "instead of", "rather than", and "avoid" or "skip" when the speaker says
 * it of their own choice: "I'd avoid", "we would skip") opens a scope that covers the following
 * words up to the end of the clause, a contrast word ("but", "because", "so", ...), "and" or
 * "or" before a new subject ("and we"), or {@value #SCOPE} words, whichever comes first. "not
 * only", "not just", "no matter" and "no doubt" are not cues. The cue itself is outside its
 * scope, so a rubric phrase that contains the cue ("no single point of failure") still matches.
 * "no" and "without" right after a downside word ("the trade-off: no joins", "the price is
 * giving up transactions, without ...") name a cost, not a refusal, and are not cues.
 * A mention followed by a negative verdict in its clause ("DAX is not needed", "DAX would be
 * overkill") is negated too; see {@link #deniedAfter}.
 */
final class Negation {
  static final int SCOPE = 12;
  private static final Set<String> CUES =
      Set.of("not", "never", "no", "without", "nor", "neither", "none", "cannot", "dont", "wont",
          "wouldnt", "shouldnt", "cant", "didnt", "doesnt", "isnt", "arent", "wasnt", "werent");
  private static final Set<String> NOT_A_CUE_AFTER_NOT = Set.of("only", "just", "merely");
  private static final Set<String> NOT_A_CUE_AFTER_NO = Set.of("matter", "doubt");
  private static final Set<String> BREAKERS =
      Set.of("but", "however", "so", "because", "since", "though", "although", "while",
          "whereas", "yet", "except", "unless", "then", "which", "otherwise", "therefore");
  private static final Set<String> PRONOUNS =
      Set.of("i", "we", "i'd", "we'd", "i'll", "we'll", "it", "this", "that", "they", "you");
  private static final Set<String> CHOOSERS = Set.of("avoid", "skip");
  private static final Set<String> SUBJECTS =
      Set.of("i", "we", "i'd", "we'd", "i'll", "we'll", "i'm", "we're");
  private static final Set<String> MODALS = Set.of("would", "will", "'d", "might", "definitely");

  /**
   * Words that announce a downside: after them, "no joins" or "without transactions" names the
   * price of a choice, which is the point a trade-off rubric asks for, not a refusal.
   */
  private static final Set<String> DOWNSIDES =
      Set.of("trade-off", "tradeoff", "trade", "off", "downside", "downsides", "drawback",
          "drawbacks", "cost", "price", "catch", "con", "cons", "limitation", "limitations",
          "lose", "losing", "give", "giving", "means", "sacrifice");
  private static final int DOWNSIDE_LOOKBACK = 4;

  private static final Set<String> VERDICTS =
      Set.of("need", "needed", "necessary", "required", "worth", "justified", "warranted",
          "helpful", "useful", "fit", "suitable", "appropriate", "recommended");
  private static final Set<String> DISMISSALS =
      Set.of("overkill", "unnecessary", "unneeded", "pointless");
  static final int VERDICT_REACH = 4;

  private Negation() {}

  private static boolean namesADownside(List<Word> words, int cue) {
    for (int j = Math.max(0, cue - DOWNSIDE_LOOKBACK); j < cue; j++) {
      if (DOWNSIDES.contains(words.get(j).lower())) {
        return true;
      }
    }
    return false;
  }

  /**
   * For each word, whether a negative verdict follows it in its clause: within {@value
   * #VERDICT_REACH} words, a cue then (within two words) "needed", "worth", "necessary", ...
   * ("DAX is not needed", "DAX isn't worth it"), or "overkill" / "unnecessary".
   */
  static boolean[] deniedAfter(List<Word> words, Shape shape) {
    int n = words.size();
    boolean[] denied = new boolean[n];
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n && j <= i + VERDICT_REACH && !shape.clauseStart[j]; j++) {
        String w = words.get(j).lower();
        if (DISMISSALS.contains(w) || isNegative(w) && verdictWithin(words, shape, j)) {
          denied[i] = true;
          break;
        }
        if (BREAKERS.contains(w)) {
          break;
        }
      }
    }
    return denied;
  }

  private static boolean verdictWithin(List<Word> words, Shape shape, int cue) {
    for (int k = cue + 1; k <= cue + 2 && k < words.size() && !shape.clauseStart[k]; k++) {
      if (VERDICTS.contains(words.get(k).lower())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isNegative(String w) {
    return w.equals("not") || w.equals("never") || w.endsWith("n't") || CUES.contains(w)
        && !w.equals("no") && !w.equals("without");
  }

  /** For each word, whether a cue earlier in its clause negates it. */
  static boolean[] scopes(List<Word> words, Shape shape) {
    int n = words.size();
    boolean[] negated = new boolean[n];
    int cue = -1;
    for (int i = 0; i < n; i++) {
      String w = words.get(i).lower();
      String next = i + 1 < n ? words.get(i + 1).lower() : "";
      boolean newClause = (w.equals("and") || w.equals("or")) && PRONOUNS.contains(next);
      if (shape.clauseStart[i] || newClause || BREAKERS.contains(w)) {
        cue = -1;
      }
      if (w.equals("instead") && !next.equals("of") || w.equals("rather") && !next.equals("than")) {
        cue = -1;
      }
      negated[i] = cue >= 0 && i - cue <= SCOPE;
      if (isCue(words, i, w, next)) {
        cue = i;
      }
    }
    return negated;
  }

  private static boolean isCue(List<Word> words, int i, String w, String next) {
    String prev = i > 0 ? words.get(i - 1).lower() : "";
    if (w.equals("not")) {
      return !NOT_A_CUE_AFTER_NOT.contains(next);
    }
    if (w.equals("no") || w.equals("without")) {
      return !NOT_A_CUE_AFTER_NO.contains(next) && !namesADownside(words, i);
    }
    if (CUES.contains(w) || w.endsWith("n't")) {
      return true;
    }
    if (w.equals("of") && prev.equals("instead") || w.equals("than") && prev.equals("rather")) {
      return true;
    }
    if (CHOOSERS.contains(w)) {
      String prev2 = i > 1 ? words.get(i - 2).lower() : "";
      return SUBJECTS.contains(prev) || MODALS.contains(prev) && SUBJECTS.contains(prev2);
    }
    return false;
  }
}
