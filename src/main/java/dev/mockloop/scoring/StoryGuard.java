package dev.mockloop.scoring;

/**
 * The parts of {@link ScoreFormula} only a behavioural answer meets: the bonus for a story's
 * specifics and the guard for the classic story failures.
 */
final class StoryGuard {
  private StoryGuard() {}

  static final double STORY_PENALTY = 0.2;
  static final double STORY_SPECIFICS = 0.10;

  /** A follow-up about a story rests on its specifics more than the main answer does. */
  static final double STORY_SPECIFICS_FOLLOW_UP = 0.20;

  /** Sentences that narrate what happened, in a follow-up about a story: full at three. */
  static final double STORY_TOLD_FOLLOW_UP = 0.10;

  /**
   * The bonus for a story's specifics: its numbers (0.10 in a main answer, 0.20 in a follow-up)
   * and, in a follow-up, the sentences that tell what happened. Fitted on the behavioural blind
   * set's dev split (docs/scoring.md).
   */
  static double storySpecifics(ScoreFormula.Inputs in) {
    if (!in.story()) {
      return 0;
    }
    double facts = Math.min(1, in.signals().quantifiedFacts().size() / 3.0);
    return in.followUp()
        ? STORY_SPECIFICS_FOLLOW_UP * facts
            + STORY_TOLD_FOLLOW_UP * Math.min(1, in.toldSentences() / 3.0)
        : STORY_SPECIFICS * facts;
  }

  /**
   * Scales down a behavioural answer for each of the classic failures a bar raiser notes (no
   * result, no numbers, all "we", a hypothetical), at most three. Fitted on the behavioural blind
   * set (docs/scoring.md).
   */
  static double storyGuard(ScoreFormula.Inputs in) {
    return in.story() ? 1 - STORY_PENALTY * Math.min(3, in.storyFailures()) : 1;
  }
}
