package dev.mockloop.scoring;

import java.util.List;

/**
 * Negative verdicts after a mention: a mention followed in its clause by "is not needed", "isn't
 * worth it", "doesn't help", "makes no difference", "would be overkill", "is a myth", "is
 * premature", "a nice-to-have", "can come later", "can wait", "would only slow everyone down", or
 * "is fine" after an action ("counting X is fine"), is negated as if a cue stood before it ({@link
 * Negation} has the cues and their scopes). One-word dismissals reach further back than "not
 * needed" ({@value #DISMISSAL_REACH} words against {@value #VERDICT_REACH}).
 */
final class Dismissals {
  // spotless:off
  private static final WordSet VERDICTS =
      WordSet.of("need", "needed", "necessary", "required", "worth", "justified", "warranted",
          "helpful", "useful", "fit", "suitable", "appropriate", "recommended", "priority",
          "important", "relevant", "concern", "matter", "matters", "critical", "essential",
          "big", "real", "issue", "problem", "help", "helps", "difference");
  // spotless:on
  static final int VERDICT_REACH = 5;

  /**
   * How far a one-word dismissal reaches back in its clause ("a dedicated owner for end-to-end
   * latency is overkill"): further than "not needed", since the word cannot be read otherwise.
   */
  static final int DISMISSAL_REACH = 8;

  /** Words that accept what they follow ("counting declines as failures is fine"). */
  private static final WordSet ENDORSEMENTS = WordSet.of("fine", "ok", "okay", "acceptable");

  // spotless:off
  private static final WordSet HEDGES =
      WordSet.of("really", "something", "anything", "that", "very", "actually", "strictly", "even",
          "we", "we'd", "i", "i'd", "you", "anyone", "one", "all", "much", "too");
  // spotless:on

  private Dismissals() {}

  /**
   * For each word, whether a negative verdict follows it in its clause: within {@value
   * #VERDICT_REACH} words, a cue then (within two words) "needed", "worth", "necessary", ... ("DAX
   * is not needed", "DAX isn't worth it"), or "overkill" / "unnecessary".
   */
  static boolean[] deniedAfter(List<Word> words, Shape shape) {
    int[] by = deniers(words, shape);
    boolean[] denied = new boolean[by.length];
    for (int i = 0; i < by.length; i++) {
      denied[i] = by[i] >= 0;
    }
    return denied;
  }

  /** For each word, the position of the verdict that {@link #deniedAfter denies} it, or -1. */
  static int[] deniers(List<Word> words, Shape shape) {
    int n = words.size();
    boolean[] denies = new boolean[n];
    boolean[] breaks = new boolean[n];
    boolean any = false;
    for (int j = 0; j < n; j++) {
      String w = words.get(j).lower();
      denies[j] =
          DismissalWords.dismisses(words, shape, j, w)
              || isNegative(w) && verdictWithin(words, shape, j)
              || noDifference(words, j, w);
      any |= denies[j];
    }
    int[] denied = new int[n];
    java.util.Arrays.fill(denied, -1);
    if (!any) {
      return denied; // no verdict: nothing is denied (most answers)
    }
    for (int j = 0; j < n; j++) {
      breaks[j] = Negation.BREAKERS.contains(words.get(j).lower());
    }
    boolean[] strong = new boolean[n];
    for (int j = 0; j < n; j++) {
      String w = words.get(j).lower();
      strong[j] = denies[j] && (DismissalWords.DISMISSALS.contains(w) || w.equals("over"));
    }
    for (int i = 0; i < n; i++) {
      boolean crossed = false; // a comma segment began after word i
      for (int j = i + 1; j < n && j <= i + DISMISSAL_REACH && !shape.clauseStart[j]; j++) {
        crossed |= shape.segmentStart[j];
        if (denies[j]
            && (j <= i + VERDICT_REACH || strong[j])
            && !(crossed && ownStep(words, shape, j))) {
          denied[i] = j;
          break;
        }
        if (breaks[j]) {
          break;
        }
      }
    }
    return denied;
  }

  /**
   * Whether the clause goes on, after word w, to call it fine: a dismissal of changing it, which
   * keeps the idea rather than negating it.
   */
  static boolean callsItFine(List<Word> words, Shape shape, int w) {
    for (int k = w + 1;
        k < words.size() && k <= w + DISMISSAL_REACH && !shape.clauseStart[k];
        k++) {
      if (ENDORSEMENTS.contains(words.get(k).lower())) {
        return true;
      }
    }
    return false;
  }

  /**
   * A verdict within two words of the cue, not counting hedges and pronouns in between ("isn't
   * something we'd need", "isn't really a concern").
   */
  private static boolean verdictWithin(List<Word> words, Shape shape, int cue) {
    int counted = 0;
    for (int k = cue + 1;
        counted < 2 && k <= cue + 6 && k < words.size() && !shape.clauseStart[k];
        k++) {
      String w = words.get(k).lower();
      if (VERDICTS.contains(w)) {
        return true;
      }
      if (!HEDGES.contains(w)) {
        counted++;
      }
    }
    return false;
  }

  private static final WordSet HEDGED = WordSet.of("maybe", "perhaps", "probably", "possibly");

  /**
   * "stop the bleeding, understand later": a "later" closing a comma segment of its own defers that
   * segment, not the one before it ("..., maybe later" defers the whole clause).
   */
  private static boolean ownStep(List<Word> words, Shape shape, int j) {
    return words.get(j).lower().equals("later")
        && j > 1
        && shape.segmentStart[j - 1]
        && shape.sentence[j - 2] == shape.sentence[j - 1]
        && !HEDGED.contains(words.get(j - 1).lower());
  }

  /** "X makes no difference": "no" is not a cue here otherwise ("no X needed" is X's refusal). */
  private static boolean noDifference(List<Word> words, int j, String w) {
    return w.equals("no") && j + 1 < words.size() && words.get(j + 1).lower().equals("difference");
  }

  private static boolean isNegative(String w) {
    return w.equals("not")
        || w.equals("never")
        || w.endsWith("n't")
        || Negation.CUES.contains(w) && !w.equals("no") && !w.equals("without");
  }
}
