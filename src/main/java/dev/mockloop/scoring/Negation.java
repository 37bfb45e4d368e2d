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
 * overkill", "jitter is premature", "a nice-to-have", "can come later", "counting X is fine")
 * is negated too; see {@link #deniedAfter}. The scope of "instead of" and "rather than" ends at
 * the next comma or slash: "X rather than Y, with Z" negates Y only. A dismissal before a
 * mention opens a scope too ("it is premature to worry about X").
 */
final class Negation {
  static final int SCOPE = 12;
  private static final WordSet CUES =
      WordSet.of("not", "never", "no", "without", "nor", "neither", "none", "cannot", "dont", "wont",
          "wouldnt", "shouldnt", "cant", "didnt", "doesnt", "isnt", "arent", "wasnt", "werent");
  private static final WordSet NOT_A_CUE_AFTER_NOT = WordSet.of("only", "just", "merely");
  private static final WordSet NOT_A_CUE_AFTER_NO = WordSet.of("matter", "doubt");
  private static final WordSet BREAKERS =
      WordSet.of("but", "however", "so", "because", "since", "though", "although", "while",
          "whereas", "yet", "except", "unless", "then", "which", "otherwise", "therefore");
  private static final WordSet PRONOUNS =
      WordSet.of("i", "we", "i'd", "we'd", "i'll", "we'll", "it", "this", "that", "they", "you");
  private static final WordSet CHOOSERS = WordSet.of("avoid", "skip", "ignore", "forget");
  /** Words that belittle what follows them ("people get hung up on X", "obsessing over X"). */
  private static final WordSet BELITTLERS =
      WordSet.of("hung", "obsess", "obsessing", "obsessed", "overthink", "overthinking", "fuss",
          "fussing", "bikeshed", "bikeshedding", "overengineer", "overengineering", "gold-plate");
  /** Words before a chooser that make it the speaker's choice ("we can ignore jitter"). */
  private static final WordSet PERMISSIVE = WordSet.of("can", "could", "just", "simply", "safely");
  private static final WordSet SUBJECTS =
      WordSet.of("i", "we", "i'd", "we'd", "i'll", "we'll", "i'm", "we're");
  private static final WordSet MODALS = WordSet.of("would", "will", "'d", "might", "definitely");

  /**
   * Words that announce a downside: after them, "no joins" or "without transactions" names the
   * price of a choice, which is the point a trade-off rubric asks for, not a refusal.
   */
  private static final WordSet DOWNSIDES =
      WordSet.of("trade-off", "tradeoff", "trade", "off", "downside", "downsides", "drawback",
          "drawbacks", "cost", "price", "catch", "con", "cons", "limitation", "limitations",
          "lose", "losing", "give", "giving", "means", "sacrifice");
  private static final int DOWNSIDE_LOOKBACK = 4;

  private static final WordSet VERDICTS =
      WordSet.of("need", "needed", "necessary", "required", "worth", "justified", "warranted",
          "helpful", "useful", "fit", "suitable", "appropriate", "recommended", "priority",
          "important", "relevant", "concern", "matter", "matters", "critical", "essential",
          "big", "real", "issue", "problem");
  /** Verdicts that dismiss what they follow ("the partition key is premature"). */
  static final WordSet DISMISSALS =
      WordSet.of("overkill", "unnecessary", "unneeded", "pointless", "premature", "irrelevant",
          "unimportant", "nonissue", "needless", "moot", "overrated", "overengineering",
          "optional", "waste", "noise", "negligible", "overengineered", "overblown",
          "overstated", "overcomplicated", "distraction", "bureaucracy", "bureaucratic");
  /** Words before "later" or "wait" that defer an idea indefinitely ("X can come later"). */
  private static final WordSet DEFERRALS =
      WordSet.of("can", "could", "worry", "deal", "leave", "defer", "postpone", "bother", "until");
  static final int VERDICT_REACH = 5;
  /**
   * How far a one-word dismissal reaches back in its clause ("a dedicated owner for end-to-end
   * latency is overkill"): further than "not needed", since the word cannot be read otherwise.
   */
  static final int DISMISSAL_REACH = 8;
  /** "X sounds nice, but": faint praise before a contrast sets X aside. */
  private static final WordSet FAINT_PRAISE =
      WordSet.of("nice", "good", "great", "appealing", "reasonable", "elegant", "clever", "neat");
  /** The second half of a hyphenated dismissal the scanner splits ("over-engineering"). */
  private static final WordSet OVERDONE =
      WordSet.of("engineering", "engineered", "engineer", "kill", "blown", "stated", "complicated");
  /** "two days later", "a year later": a point in the story's time, not a deferral. */
  private static final WordSet AGO_UNITS =
      WordSet.of("seconds", "minutes", "hours", "days", "weeks", "months", "quarters", "years",
          "second", "minute", "hour", "day", "week", "month", "quarter", "year", "sprints",
          "sprint", "much", "shortly", "soon");
  /** "X would only slow everyone down": who an idea is said to slow down. */
  private static final WordSet SLOWED =
      WordSet.of("them", "us", "everyone", "everybody", "teams", "people", "things", "delivery",
          "engineers", "developers");
  private static final WordSet APPEARS =
      WordSet.of("sound", "sounds", "look", "looks", "seem", "seems");
  /** Words after "later" that make it a plan, not a deferral ("later, once", "later in Q3"). */
  private static final WordSet LATER_PLANS =
      WordSet.of("once", "when", "in", "after", "as", "if", "phase", "this", "next", "that", "stage",
          "on", "during", "within", "that's");

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
    boolean[] denies = new boolean[n];
    boolean[] breaks = new boolean[n];
    for (int j = 0; j < n; j++) {
      String w = words.get(j).lower();
      denies[j] = dismisses(words, shape, j, w) || isNegative(w) && verdictWithin(words, shape, j);
      breaks[j] = BREAKERS.contains(w);
    }
    boolean[] strong = new boolean[n];
    for (int j = 0; j < n; j++) {
      String w = words.get(j).lower();
      strong[j] = denies[j] && (DISMISSALS.contains(w) || w.equals("over"));
    }
    boolean[] denied = new boolean[n];
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n && j <= i + DISMISSAL_REACH && !shape.clauseStart[j]; j++) {
        if (denies[j] && (j <= i + VERDICT_REACH || strong[j])) {
          denied[i] = true;
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
   * Whether word j, after a mention, dismisses it: "premature", "overkill", "a non-issue", "a
   * nice-to-have", "can wait", "can come later", and "is fine" closing a clause that starts
   * with an action ("counting declines as failures is fine", "keeping it as it is is fine").
   */
  static boolean dismisses(List<Word> words, Shape shape, int j, String w) {
    String next = j + 1 < words.size() ? words.get(j + 1).lower() : "";
    String prev = j > 0 ? words.get(j - 1).lower() : "";
    if (DISMISSALS.contains(w)) {
      return !(w.equals("optional") && prev.equals("not"));
    }
    if (w.equals("non") && next.equals("issue")
        || w.equals("nice") && next.equals("to") && j + 2 < words.size()
            && words.get(j + 2).lower().equals("have")) {
      return true;
    }
    if (w.equals("over") && OVERDONE.contains(next)) {
      return true;
    }
    if (APPEARS.contains(w) && FAINT_PRAISE.contains(next)) {
      for (int k = j + 2; k <= j + 5 && k < words.size(); k++) {
        String c = words.get(k).lower();
        if (c.equals("but") || c.equals("however")) {
          return true;
        }
      }
      return false;
    }
    if (w.equals("later")) {
      return !LATER_PLANS.contains(next) && !AGO_UNITS.contains(prev)
          || next.equals("if") && (prev.equals("come") || prev.equals("wait"));
    }
    if (w.equals("slow") || w.equals("slows")) {
      String after = j + 2 < words.size() ? words.get(j + 2).lower() : "";
      return SLOWED.contains(next) && after.equals("down");
    }
    if (w.equals("wait")) {
      for (int k = Math.max(0, j - 3); k < j; k++) {
        if (DEFERRALS.contains(words.get(k).lower())) {
          return true;
        }
      }
      return false;
    }
    if (w.equals("fine")) {
      boolean closes = j + 1 >= words.size() || shape.clauseStart[j + 1]
          || shape.sentence[j + 1] != shape.sentence[j] || next.equals("as");
      return closes && clauseStartsWithAction(words, shape, j);
    }
    return false;
  }

  /** Words that accept what they follow ("counting declines as failures is fine"). */
  private static final WordSet ENDORSEMENTS = WordSet.of("fine", "ok", "okay", "acceptable");

  /**
   * Whether the clause goes on, after word w, to call it fine: a dismissal of changing it, which
   * keeps the idea rather than negating it.
   */
  static boolean callsItFine(List<Word> words, Shape shape, int w) {
    for (int k = w + 1; k < words.size() && k <= w + DISMISSAL_REACH
        && !shape.clauseStart[k]; k++) {
      if (ENDORSEMENTS.contains(words.get(k).lower())) {
        return true;
      }
    }
    return false;
  }

  private static boolean clauseStartsWithAction(List<Word> words, Shape shape, int j) {
    int start = j;
    while (start > 0 && !shape.clauseStart[start]) {
      start--;
    }
    for (int k = start; k <= start + 1 && k < j; k++) {
      String w = words.get(k).lower();
      if (w.length() > 4 && w.endsWith("ing") || w.equals("keep") || w.equals("leave")) {
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
    for (int k = cue + 1; counted < 2 && k <= cue + 6 && k < words.size()
        && !shape.clauseStart[k]; k++) {
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

  private static final WordSet HEDGES =
      WordSet.of("really", "something", "anything", "that", "very", "actually", "strictly", "even",
          "we", "we'd", "i", "i'd", "you", "anyone", "one", "all", "much", "too");

  /** A word that negates what follows it wherever it stands ("not", "without", "n't"). */
  static boolean isCueWord(String w) {
    return CUES.contains(w) || w.endsWith("n't");
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
    boolean contrast = false;
    for (int i = 0; i < n; i++) {
      String w = words.get(i).lower();
      String next = i + 1 < n ? words.get(i + 1).lower() : "";
      boolean newClause = (w.equals("and") || w.equals("or")) && PRONOUNS.contains(next);
      if (shape.clauseStart[i] || newClause || BREAKERS.contains(w)
          || contrast && shape.segmentStart[i]) {
        cue = -1;
      }
      if (w.equals("instead") && !next.equals("of") || w.equals("rather") && !next.equals("than")) {
        cue = -1;
      }
      negated[i] = cue >= 0 && i - cue <= SCOPE;
      if (isCue(words, shape, i, w, next)) {
        cue = i;
        contrast = w.equals("of") || w.equals("than");
      }
    }
    return negated;
  }

  private static boolean isCue(List<Word> words, Shape shape, int i, String w, String next) {
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
      return SUBJECTS.contains(prev) || MODALS.contains(prev) && SUBJECTS.contains(prev2)
          || PERMISSIVE.contains(prev) || shape.clauseStart[i];
    }
    return DISMISSALS.contains(w) && next.equals("to") || BELITTLERS.contains(w);
  }
}
