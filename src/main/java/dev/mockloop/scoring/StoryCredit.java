package dev.mockloop.scoring;

/**
 * The credit a follow-up about a story earns for telling what happened, whatever its rubric's
 * wording expected. A follow-up rubric has three or four narrow points written for one imagined
 * story; a candidate's real story answers the same question with other facts, and a bar raiser
 * grades how concretely it answers (docs/scoring.md). So part of the coverage a follow-up answer
 * misses is credited by its narrated sentences ({@link Narration}): none for the first (an opening
 * or a restatement), full from the fourth.
 */
final class StoryCredit {
  /** Share of the missed coverage that narration can earn. Fitted on the blind set's dev split. */
  static final double SHARE = 0.6;

  /** Narrated sentences that earn nothing (an opening, a restatement with a verb). */
  static final double FREE = 1;

  /** Narrated sentences beyond the free one for the full credit. */
  static final double FULL_AT = 3;

  private StoryCredit() {}

  /** The coverage a behavioural follow-up answer is scored on, from its rubric's coverage. */
  static double coverage(ScoreFormula.Inputs in, double coverage) {
    if (!in.story() || !in.followUp()) {
      return coverage;
    }
    double told = SignalReader.clamp((in.narrated() - FREE) / FULL_AT);
    return coverage + (1 - coverage) * SHARE * told;
  }
}
