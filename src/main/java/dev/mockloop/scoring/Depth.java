package dev.mockloop.scoring;

/**
 * Depth, half of the total: how much the answer says ({@link Signals#contentWords}), earned in
 * proportion to what it earns from its rubric (docs/scoring.md, "Depth").
 *
 * <pre>
 *   depth = min(1, max(contentWords, 8 * saidSentences) / 130)   (a follow-up: / 80; about a story: / 50)
 *   deep  = 0.5 * quality + 0.5 * depth * min(1, quality / 0.5)^3
 * </pre>
 */
final class Depth {
  private Depth() {}

  /** The quality (rubric credit after the length and concreteness guards) with depth blended in. */
  static double blend(double quality, ScoreFormula.Inputs in) {
    return (1 - SHARE) * quality + SHARE * of(in) * gate(quality);
  }

  /** Share of the total that rests on depth, earned in proportion to the answer's substance. */
  static final double SHARE = 0.5;

  /**
   * Quality (rubric credit after the length and concreteness guards) at which depth counts fully.
   */
  static final double GATE = 0.5;

  /** Distinct content words at which a main answer's depth is full. */
  static final int FULL = 130;

  /**
   * What one sentence that says something of its own ({@link Signals#saidSentences}) counts for
   * against {@link #FULL}: a main answer is deep from 16 of them as from 130 distinct terms.
   */
  static final int PER_SAID_SENTENCE = 8;

  /** Distinct content words at which a follow-up's depth is full. */
  static final int FULL_FOLLOW_UP = 80;

  /** Distinct content words at which a follow-up about a story is full (it tells less). */
  static final int FULL_STORY_FOLLOW_UP = 50;

  /**
   * 0..1, how much the answer says: its distinct content words ({@link Signals#contentWords}), or
   * eight for each sentence that says something of its own ({@link Signals#saidSentences}),
   * whichever is more, up to 130 for a main answer, 80 for a follow-up, 50 for a follow-up about a
   * story. Graders mark depth (a mechanism explained, the reasons, the numbers), which rubric
   * coverage alone cannot see: two answers that make the same points rank by how much they say
   * about them. Distinct terms alone favour jargon (a plain answer repeats its everyday words), so
   * sentences count too. Fitted on the read blind sets (docs/scoring.md).
   */
  static double of(ScoreFormula.Inputs in) {
    return Math.min(1, says(in) / (double) full(in));
  }

  /** Distinct content words, or eight per sentence that says something, whichever is more. */
  static int says(ScoreFormula.Inputs in) {
    Signals s = in.signals();
    return Math.max(s.contentWords(), PER_SAID_SENTENCE * s.saidSentences());
  }

  /**
   * Below this much ({@link #says}) an answer that makes points is told it is thin: 60 for a main
   * answer (where depth was full before sentences counted, so the flag means what it meant), 60% of
   * the full depth for a follow-up.
   */
  static int thinBelow(ScoreFormula.Inputs in) {
    return in.followUp() ? (int) Math.round(0.6 * full(in)) : 60;
  }

  /** Distinct content words at which this kind of answer's depth is full. */
  static int full(ScoreFormula.Inputs in) {
    return !in.followUp() ? FULL : in.story() ? FULL_STORY_FOLLOW_UP : FULL_FOLLOW_UP;
  }

  /**
   * How much of its depth an answer of this quality earns: (quality / 0.5) cubed, capped at 1. An
   * answer that earns little from the rubric earns little for length: padding, generic prose and
   * answers to another question stay where the rubric puts them (the blind sets' padded answers).
   */
  static double gate(double quality) {
    double g = Math.min(1, quality / GATE);
    return g * g * g;
  }
}
