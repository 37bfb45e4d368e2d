package dev.mockloop.scoring;

/**
 * The credit a follow-up about a story earns for telling what happened, whatever its rubric's
 * wording expected. A follow-up rubric has three or four narrow points written for one imagined
 * story; a candidate's real story answers the same question with other facts, and a bar raiser
 * grades how concretely it answers (docs/scoring.md). So part of the coverage a follow-up answer
 * misses is credited by its narrated sentences ({@link Narration}): none for the first (an opening
 * or a restatement), full from the fourth. A main answer earns a smaller share the same way.
 */
final class StoryCredit {
  /** Share of the missed coverage that narration can earn. Fitted on the blind set's dev split. */
  static final double SHARE = 0.6;

  /** Narrated sentences that earn nothing (an opening, a restatement with a verb). */
  static final double FREE = 1;

  /** Narrated sentences beyond the free one for the full credit. */
  static final double FULL_AT = 3;

  /**
   * A main answer's rubric has eight or nine points and is matched far better, so narration earns
   * less there: 0.3 of the missed coverage, none for the first four narrated sentences (weak and
   * thin stories narrate too), full from the tenth. Fitted on the blind set's dev split.
   */
  static final double MAIN_SHARE = 0.3;

  static final double MAIN_FREE = 4;
  static final double MAIN_FULL_AT = 6;

  private StoryCredit() {}

  /** The coverage a behavioural answer is scored on, from its rubric's coverage. */
  static double coverage(ScoreFormula.Inputs in, double coverage) {
    if (!in.story()) {
      return coverage;
    }
    if (!in.followUp()) {
      double told = SignalReader.clamp((in.narrated() - MAIN_FREE) / MAIN_FULL_AT);
      return coverage + (1 - coverage) * MAIN_SHARE * told;
    }
    double told = SignalReader.clamp((in.narrated() - FREE) / FULL_AT);
    return coverage + (1 - coverage) * SHARE * told;
  }
}
