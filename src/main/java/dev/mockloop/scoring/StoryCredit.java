package dev.mockloop.scoring;

/**
 * The credit a follow-up about a story earns for telling what happened, whatever its rubric's
 * wording expected. A follow-up rubric has three or four narrow points written for one imagined
 * story; a candidate's real story answers the same question with other facts, and a bar raiser
 * grades how concretely it answers (docs/scoring.md). So part of the coverage a follow-up answer
 * misses is credited by its narrated sentences ({@link Narration}): none for the first (an opening
 * or a restatement), full from the fourth. A main answer earns a smaller share the same way, and a
 * main answer at L7 earns a share for its scope ({@link #SCOPE_SHARE}).
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

  /**
   * An L7 story's scope ({@link StoryScope}) earns part of the L7 rubric's missed coverage: a
   * principal's story told in its own words (a terse note "~9 teams ... didnt own any of those
   * teams ... ~14 months") misses the rubric's phrasing of influence and mechanism but shows the
   * scope they stand for. None up to a scope of 2 (the team-sized story is flagged), full at 5.
   * Measured on the behavioural sets (docs/scoring.md, "The scope pass").
   */
  static final double SCOPE_SHARE = 0.3;

  static final int SCOPE_FREE = 2;
  static final int SCOPE_FULL = 5;

  private StoryCredit() {}

  /** The coverage a behavioural answer is scored on, from its rubric's coverage. */
  static double coverage(ScoreFormula.Inputs in, double coverage) {
    if (!in.story()) {
      return coverage;
    }
    if (in.scope() != ScoreFormula.Inputs.NO_SCOPE) {
      double wide =
          SignalReader.clamp((in.scope() - SCOPE_FREE) / (double) (SCOPE_FULL - SCOPE_FREE));
      coverage += (1 - coverage) * SCOPE_SHARE * wide;
    }
    if (!in.followUp()) {
      double told = SignalReader.clamp((in.narrated() - MAIN_FREE) / MAIN_FULL_AT);
      return coverage + (1 - coverage) * MAIN_SHARE * told;
    }
    double told = SignalReader.clamp((in.narrated() - FREE) / FULL_AT);
    return coverage + (1 - coverage) * SHARE * told;
  }
}
