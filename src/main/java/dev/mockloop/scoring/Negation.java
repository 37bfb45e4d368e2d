package dev.mockloop.scoring;

import java.util.List;

/**
 * Which words sit inside a negation scope. A cue ("not", "never", "no", "without", "nor", "n't"
 * contractions, "instead of", "rather than", and "avoid" or "skip" when the speaker says it of
 * their own choice: "I'd avoid", "we would skip") opens a scope that covers the following words up
 * to the end of the clause, a contrast word ("but", "because", "so", ...), "and" or "or" before a
 * new subject ("and we"), or {@value #SCOPE} words, whichever comes first. "not only", "not just",
 * "no matter" and "no doubt" are not cues; "nobody" before its verb is one ({@link
 * NegatedSubjects}). The cue itself is outside its scope, so a rubric phrase that contains the cue
 * ("no single point of failure") still matches. "no" and "without" right after a downside word
 * ("the trade-off: no joins", "the price is giving up transactions, without ...") name a cost, not
 * a refusal, and are not cues. The scope of "instead of" and "rather than" ends at the next comma
 * or slash: "X rather than Y, with Z" negates Y only. A dismissal before a mention opens a scope
 * too ("it is premature to worry about X"). A negative verdict after a mention ("DAX is not
 * needed", "DAX would be overkill") is {@link Dismissals}' part.
 */
final class Negation {
  static final int SCOPE = 12;
  // spotless:off
  static final WordSet CUES =
      WordSet.of("not", "never", "no", "without", "nor", "neither", "none", "cannot", "dont", "wont",
          "wouldnt", "shouldnt", "cant", "didnt", "doesnt", "isnt", "arent", "wasnt", "werent");
  // spotless:on
  private static final WordSet NOT_A_CUE_AFTER_NOT = WordSet.of("only", "just", "merely");
  private static final WordSet NOT_A_CUE_AFTER_NO = WordSet.of("matter", "doubt");

  /** "no more than 5 seconds", "no later than Friday": a bound, not a refusal. */
  // spotless:off
  private static final WordSet BOUNDS =
      WordSet.of("more", "less", "fewer", "later", "earlier", "longer", "sooner", "greater",
          "higher", "lower", "bigger", "smaller", "worse");
  // spotless:on

  /** Words opening a clause whose negation ends where the main clause's subject starts. */
  // spotless:off
  private static final WordSet SUBORDINATORS =
      WordSet.of("if", "when", "whenever", "once", "until", "after", "before", "as");
  private static final WordSet SUBJECT_PRONOUNS =
      WordSet.of("i", "we", "it", "they", "you", "he", "she", "i'd", "we'd", "it'll", "we'll",
          "they'll", "i'll");
  static final WordSet BREAKERS =
      WordSet.of("but", "however", "so", "because", "since", "though", "although", "while",
          "whereas", "yet", "except", "unless", "until", "then", "which", "otherwise", "therefore",
          "whether");
  private static final WordSet PRONOUNS =
      WordSet.of("i", "we", "i'd", "we'd", "i'll", "we'll", "it", "this", "that", "they", "you");
  // spotless:on
  private static final WordSet CHOOSERS = WordSet.of("avoid", "skip", "ignore", "forget");

  /** Words that belittle what follows them ("people get hung up on X", "obsessing over X"). */
  // spotless:off
  private static final WordSet BELITTLERS =
      WordSet.of("hung", "obsess", "obsessing", "obsessed", "overthink", "overthinking", "fuss",
          "fussing", "bikeshed", "bikeshedding", "overengineer", "overengineering", "gold-plate");
  // spotless:on
  /** Words before a chooser that make it the speaker's choice ("we can ignore jitter"). */
  private static final WordSet PERMISSIVE = WordSet.of("can", "could", "just", "simply", "safely");

  // spotless:off
  private static final WordSet SUBJECTS =
      WordSet.of("i", "we", "i'd", "we'd", "i'll", "we'll", "i'm", "we're");
  // spotless:on
  private static final WordSet MODALS = WordSet.of("would", "will", "'d", "might", "definitely");

  private Negation() {}

  /** Whether a rubric alternative says its idea with a negation inside it ("will not join"). */
  static boolean saysNo(String alternative) {
    for (String w : alternative.toLowerCase(java.util.Locale.ROOT).split("[^a-z']+")) {
      if (isCueWord(w) || isCueWord(w.replace("'", ""))) {
        return true;
      }
    }
    return false;
  }

  /** A word that negates what follows it wherever it stands ("not", "without", "n't"). */
  static boolean isCueWord(String w) {
    return CUES.contains(w) || w.endsWith("n't");
  }

  /** For each word, the position of the cue earlier in its clause that negates it, or -1. */
  static int[] cues(List<Word> words, Shape shape) {
    int n = words.size();
    int[] negated = new int[n];
    int cue = -1;
    boolean contrast = false;
    boolean relative = false;
    boolean conditional = false;
    int clause = 0;
    int limit = n;
    for (int i = 0; i < n; i++) {
      String w = words.get(i).lower();
      String next = i + 1 < n ? words.get(i + 1).lower() : "";
      if (shape.clauseStart[i]) {
        clause = i;
      }
      boolean newClause =
          (w.equals("and") || w.equals("or")) && PRONOUNS.contains(next)
              // "if the leader can't reach etcd it stops": the main clause's subject
              || conditional && i > cue + 1 && SUBJECT_PRONOUNS.contains(w);
      if (shape.clauseStart[i]
          || newClause
          || BREAKERS.contains(w)
          || (contrast || relative) && shape.segmentStart[i]) {
        cue = -1;
      }
      if (w.equals("instead") && !next.equals("of") || w.equals("rather") && !next.equals("than")) {
        cue = -1;
      }
      negated[i] = cue >= 0 && i - cue <= SCOPE && i <= limit ? cue : -1;
      if (isCue(words, shape, i, w, next)) {
        cue = i;
        limit = ScopeEnds.limit(words, shape, i);
        contrast = w.equals("of") || w.equals("than");
        relative = inRelativeClause(words, i);
        conditional = SUBORDINATORS.contains(words.get(clause).lower());
      }
    }
    return negated;
  }

  private static final WordSet RELATIVES = WordSet.of("that", "who", "which");

  /** The words {@link #isCue} can be true at, besides those ending in "n't". */
  // spotless:off
  private static final WordSet CUE_WORDS = WordSet.union(CUES, CHOOSERS, BELITTLERS,
      DismissalWords.DISMISSALS, WordSet.of("not", "no", "without", "of", "than", "nobody",
      "noone"));
  // spotless:on

  /**
   * Whether the cue at i negates a relative clause ("systems that can't check tokens, like the
   * shipping partner, need ..."): its scope ends at the clause's comma, since what follows is about
   * the noun the clause describes, not part of what it denies.
   */
  private static boolean inRelativeClause(List<Word> words, int i) {
    for (int j = Math.max(0, i - 2); j < i; j++) {
      if (RELATIVES.contains(words.get(j).lower())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isCue(List<Word> words, Shape shape, int i, String w, String next) {
    if (!CUE_WORDS.contains(w) && !w.endsWith("n't")) {
      return false; // one probe rules out most words
    }
    String prev = i > 0 ? words.get(i - 1).lower() : "";
    if (w.equals("not")) {
      return !NOT_A_CUE_AFTER_NOT.contains(next) && !LimitCues.bounds(words, i);
    }
    if (w.equals("no") || w.equals("without")) {
      String after = i + 2 < words.size() ? words.get(i + 2).lower() : "";
      boolean bound = w.equals("no") && BOUNDS.contains(next) && after.equals("than");
      return !bound
          && !NOT_A_CUE_AFTER_NO.contains(next)
          && !Downsides.named(words, i)
          && !(w.equals("no") && Goals.stated(words, shape, i));
    }
    if (CUES.contains(w) || w.endsWith("n't")) {
      return !LimitCues.bounds(words, i);
    }
    if (w.equals("of") && prev.equals("instead") || w.equals("than") && prev.equals("rather")) {
      return true;
    }
    if (w.equals("nobody") || w.equals("noone")) {
      return NegatedSubjects.opens(words, shape, i);
    }
    if (CHOOSERS.contains(w)) {
      String prev2 = i > 1 ? words.get(i - 2).lower() : "";
      return SUBJECTS.contains(prev)
          || MODALS.contains(prev) && SUBJECTS.contains(prev2)
          || PERMISSIVE.contains(prev)
          || shape.clauseStart[i];
    }
    return DismissalWords.DISMISSALS.contains(w) && next.equals("to") || BELITTLERS.contains(w);
  }
}
