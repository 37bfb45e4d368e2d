package dev.mockloop.scoring;

/**
 * Scales down an undeveloped answer: 1 from {@link #developedWords} words, down to 0.6 for a few
 * words. Fitted on the blind calibration set's dev split (docs/scoring.md): main answers are
 * developed from 150 words, answers to a story's follow-up from 60, and answers to a design
 * follow-up from 120, since a design follow-up ("what changes with a second processor?") answered
 * in a few sentences names the mechanism without saying how it works, and the graders of the blind
 * set ranked those answers below the ones that did (follow-up Spearman 0.842 with 60 words, 0.873
 * with 120, on the dev split).
 */
final class LengthGuard {
  static final double SHORT_PENALTY = 0.4;
  static final int MAIN_WORDS = 150;
  static final int STORY_FOLLOW_UP_WORDS = 60;
  static final int DESIGN_FOLLOW_UP_WORDS = 120;

  /**
   * A design follow-up that covers its rubric ({@link ScoreFormula#complete}) is developed here.
   */
  static final int COMPLETE_FOLLOW_UP_WORDS = 100;

  private LengthGuard() {}

  /** Words at which an answer is developed enough: no shortness penalty from there. */
  static int developedWords(ScoreFormula.Inputs in) {
    if (!in.followUp()) {
      return MAIN_WORDS;
    }
    if (ScoreFormula.complete(in)) {
      return COMPLETE_FOLLOW_UP_WORDS;
    }
    return in.story() ? STORY_FOLLOW_UP_WORDS : DESIGN_FOLLOW_UP_WORDS;
  }

  static double of(ScoreFormula.Inputs in) {
    int words = in.signals().words();
    return 1 - SHORT_PENALTY + SHORT_PENALTY * Math.min(1, words / (double) developedWords(in));
  }
}
