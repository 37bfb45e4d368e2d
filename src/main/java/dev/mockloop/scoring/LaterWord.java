package dev.mockloop.scoring;

import java.util.List;

/**
 * Whether "later" after a mention defers it ("sharding can come later") or places it in a plan or a
 * story ("advisory first, enforce later", "two days later", "a separate later change").
 */
final class LaterWord {
  /** "two days later", "a year later": a point in the story's time, not a deferral. */
  // spotless:off
  private static final WordSet AGO_UNITS =
      WordSet.of("seconds", "minutes", "hours", "days", "weeks", "months", "quarters", "years",
          "second", "minute", "hour", "day", "week", "month", "quarter", "year", "sprints",
          "sprint", "much", "shortly", "soon");
  // spotless:on

  /** Words after "later" that make it a plan, not a deferral ("later, once", "later in Q3"). */
  // spotless:off
  private static final WordSet LATER_PLANS =
      WordSet.of("once", "when", "in", "after", "as", "if", "phase", "this", "next", "that", "stage",
          "on", "during", "within", "that's");
  /**
   * The noun "later" describes ("a separate later change", "a later step"): a plan only with no
   * comma or clause break between them ("a breaker later, deploy the fix first" still defers).
   */
  private static final WordSet LATER_NOUNS =
      WordSet.of("step", "steps", "change", "changes", "release", "releases", "version", "pass",
          "wave", "waves", "migration", "deploy", "sprint");
  // spotless:on

  private LaterWord() {}

  /** Whether "later" at word j ({@code prev} and {@code next} its neighbours) defers a mention. */
  static boolean defers(List<Word> words, Shape shape, int j, String prev, String next) {
    // "failed sends are retried later": when a step happens, not a deferral
    boolean scheduled = prev.endsWith("ed") && !DismissalWords.deferredBefore(words, j - 1);
    // "advisory first, enforce later": the second step of a sequence, not a deferral
    boolean sequenced =
        Sequencing.startedBefore(words, shape, j) && !DismissalWords.deferredBefore(words, j);
    boolean describes =
        LATER_NOUNS.contains(next) && j + 1 < words.size() && !shape.segmentStart[j + 1];
    return !LATER_PLANS.contains(next)
            && !describes
            && !AGO_UNITS.contains(prev)
            && !scheduled
            && !sequenced
        || next.equals("if") && (prev.equals("come") || prev.equals("wait"));
  }
}
