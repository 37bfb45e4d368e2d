package dev.mockloop.scoring;

import java.util.List;

/**
 * A negation that sets a limit rather than refusing something: "can't exceed 10%", "must never go
 * above 2 seconds", "should not be more than 3 retries". What follows is the limit the answer sets,
 * so it is not negated ({@link Negation}); "no more than" is the same kind of bound.
 */
final class LimitCues {
  private static final WordSet LIMIT_VERBS =
      WordSet.of("exceed", "exceeds", "surpass", "overshoot", "breach");
  private static final WordSet MOTION =
      WordSet.of(
          "go", "rise", "get", "be", "climb", "grow", "drift", "creep", "drop", "fall", "dip",
          "sink");
  private static final WordSet ABOVE = WordSet.of("above", "over", "beyond", "past");
  private static final WordSet MORE = WordSet.of("more", "higher", "greater", "longer", "bigger");
  private static final WordSet FILLERS = WordSet.of("ever", "be", "to", "with");
  private static final WordSet LESS = WordSet.of("less", "fewer", "lower", "shorter", "smaller");
  private static final WordSet BELOW = WordSet.of("below", "under", "beneath");

  private LimitCues() {}

  /** Whether the negation cue at {@code cue} bounds a quantity that follows it. */
  static boolean bounds(List<Word> words, int cue) {
    int j = cue + 1;
    while (j < words.size() && j <= cue + 2 && FILLERS.contains(words.get(j).lower())) {
      j++; // "never ever", "must not be", "not to"
    }
    String w1 = at(words, j);
    String w2 = at(words, j + 1);
    if (LIMIT_VERBS.contains(w1) || LESS.contains(w1) && w2.equals("than")) {
      return true; // "can't exceed 10%", "never with less than 12 months' notice"
    }
    if (MOTION.contains(w1) || words.get(j - 1).lower().equals("be")) {
      String verb = MOTION.contains(w1) ? w2 : w1;
      String after = MOTION.contains(w1) ? at(words, j + 2) : w2;
      return ABOVE.contains(verb)
          || BELOW.contains(verb)
          || (MORE.contains(verb) || LESS.contains(verb)) && after.equals("than");
    }
    return false;
  }

  private static String at(List<Word> words, int i) {
    return i < words.size() ? words.get(i).lower() : "";
  }
}
