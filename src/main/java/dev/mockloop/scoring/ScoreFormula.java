package dev.mockloop.scoring;

/**
 * Turns rubric coverage and signals into the 0..100 total ({@link ScoreFlags} has the flags;
 * docs/scoring.md explains each term):
 *
 * <pre>
 *   coverage  = max(weighted coverage of the asked level, 0.4 * that of the other level)
 *               (a story: + (1 - coverage) * 0.6 (main 0.3) * narration, StoryCredit;
 *               an L7 main story first: + (1 - coverage) * 0.3 * scope, StoryCredit)
 *   topic     = clamp((topicWords - 2) / 10)
 *   relevance = min(1, (coverage + 0.5 * topic) / 0.3)
 *   bonus     = 0.07 decision + 0.06 min(1, facts/3) + 0.05 min(1, trade-offs/2) + 0.02 parts/4
 *               (+ storySpecifics for a behavioural answer: 0.10 min(1, facts/3); in a
 *               follow-up 0.20 min(1, facts/3) + 0.10 min(1, told sentences/3))
 *   raw       = 0.72 * coverage + 0.08 * topic + bonus * relevance
 *   quality   = raw * LengthGuard * concreteGuard * storyGuard
 *   depth     = min(1, contentWords / 100) (a follow-up: / 80; about a story: / 50; Depth)
 *   deep      = 0.5 * quality + 0.5 * depth * min(1, quality / 0.5)^3
 *   score     = 100 * deep * listGuard (ListGuard) * pasteGuard * buzzGuard * dismissGuard
 * </pre>
 */
final class ScoreFormula {
  static final double COVERAGE_SHARE = 0.72;
  static final double TOPIC_SHARE = 0.08;
  static final double OTHER_LEVEL_CREDIT = 0.4;
  static final double RELEVANCE_AT = 0.30;
  static final double PASTE_PENALTY = 0.6;

  private ScoreFormula() {}

  /**
   * What the formula needs to know about an answer.
   *
   * @param coverage weighted coverage of the asked rubric, 0..1
   * @param otherCoverage weighted coverage of the other level's rubric, 0..1 (0 if none)
   * @param signals the answer's signals
   * @param pastedShare share of the answer's trigrams found in the rubric's own sentences
   * @param followUp whether this is a follow-up answer (shorter, no decision expected)
   * @param buzzwordShare share of the answer's words that are buzzwords
   * @param dismissedPoints points not covered because the answer dismissed or negated them
   * @param storyFailures classic story failures of a behavioural answer, or {@link #NOT_A_STORY}
   * @param toldSentences sentences that narrate what happened (behavioural answers)
   * @param listedShare share of the covered weight only named in a list ({@link ListGuard})
   * @param scope a main answer's {@link StoryScope#score()} at L7, or {@link #NO_SCOPE}
   */
  record Inputs(
      double coverage,
      double otherCoverage,
      Signals signals,
      double pastedShare,
      boolean followUp,
      double buzzwordShare,
      int dismissedPoints,
      int storyFailures,
      int toldSentences,
      int narrated,
      double listedShare,
      int scope) {
    /** {@code storyFailures} for a design answer, which is not read as a story. */
    static final int NOT_A_STORY = -1;

    /** {@code scope} of an answer whose scope is not read: a follow-up, L6, a design answer. */
    static final int NO_SCOPE = -1;

    boolean story() {
      return storyFailures != NOT_A_STORY;
    }
  }

  static final double BUZZ_FREE = 0.03;
  static final double BUZZ_FULL = 0.10;
  static final double BUZZ_PENALTY = 0.6;
  static final double DISMISS_PENALTY = 0.5;

  /** Scales down prose made of buzzwords: free up to 3% of words, full penalty at 10%. */
  static double buzzGuard(Inputs in) {
    return 1
        - BUZZ_PENALTY
            * SignalReader.clamp((in.buzzwordShare() - BUZZ_FREE) / (BUZZ_FULL - BUZZ_FREE));
  }

  /** Scales down an answer that dismisses many of the points: the first one is free. */
  static double dismissGuard(Inputs in) {
    return 1 - DISMISS_PENALTY * SignalReader.clamp((in.dismissedPoints() - 1) / 3.0);
  }

  /** The expected minimum length in words: shorter answers are flagged and scaled down. */
  static int minWords(boolean followUp) {
    return followUp ? 30 : 80;
  }

  static final double VAGUE_PENALTY = 0.3;

  /**
   * Coverage at which a design follow-up earns full coverage credit (a story's follow-up rests on
   * its specifics instead, {@link StoryGuard#storySpecifics}) that dismisses none of its points:
   * its rubric has three or four points, so one missed point must not take a third of a correct
   * answer's score. Fitted on the blind set's dev and v2 splits and the strong follow-up
   * development answers (docs/scoring.md).
   */
  static final double FOLLOW_UP_FULL = 0.85;

  static double effectiveCoverage(Inputs in) {
    double coverage = Math.max(in.coverage(), OTHER_LEVEL_CREDIT * in.otherCoverage());
    return in.followUp() && !in.story() && in.dismissedPoints() == 0
        ? Math.min(1, coverage / FOLLOW_UP_FULL)
        : StoryCredit.coverage(in, coverage);
  }

  static int score(Inputs in) {
    Signals s = in.signals();
    if (s.words() == 0) {
      return 0;
    }
    double coverage = effectiveCoverage(in);
    double topic = topic(s);
    double relevance = Math.min(1, (coverage + 0.5 * topic) / RELEVANCE_AT);
    // a design follow-up owes no decision (no `no-decision` flag either)
    double bonus =
        0.07 * (s.decision() || in.followUp() && !in.story() ? 1 : 0)
            + 0.06 * Math.min(1, s.quantifiedFacts().size() / 3.0)
            + 0.05 * Math.min(1, s.tradeOffs().size() / 2.0)
            + 0.02 * s.structure().size() / 4.0
            + StoryGuard.storySpecifics(in);
    double raw = COVERAGE_SHARE * coverage + TOPIC_SHARE * topic + bonus * relevance;
    double quality = raw * LengthGuard.of(in) * concreteGuard(in) * StoryGuard.storyGuard(in);
    double deep = Depth.blend(quality, in);
    double total =
        deep
            * ListGuard.of(s.listLikeness(), in.listedShare())
            * pasteGuard(in)
            * buzzGuard(in)
            * dismissGuard(in);
    return (int) Math.round(100 * SignalReader.clamp(total));
  }

  /** 0..1 from the scenario words the answer shares; the first two are free (chance overlap). */
  static double topic(Signals s) {
    return SignalReader.clamp(
        (s.topicWords() - ScenarioTerms.FREE) / (double) (ScenarioTerms.FULL - ScenarioTerms.FREE));
  }

  static double pasteGuard(Inputs in) {
    return 1 - PASTE_PENALTY * SignalReader.clamp((in.pastedShare() - 0.3) / 0.4);
  }

  /**
   * Scales down an answer with no quantities: 1 from two numbers with units, 0.7 with none (the
   * guide's strong answer has "concrete numbers"). Fitted on the blind set's dev split. A complete
   * design follow-up ({@link #complete}) needs one.
   */
  static double concreteGuard(Inputs in) {
    double full = complete(in) ? 1.0 : 2.0;
    return 1
        - VAGUE_PENALTY
        + VAGUE_PENALTY * Math.min(1, in.signals().quantifiedFacts().size() / full);
  }

  /**
   * A design follow-up that states (not lists) enough of its rubric for full credit and dismisses
   * none of it: its length and concreteness guards are eased ({@link LengthGuard}, {@link
   * #concreteGuard}), since the bank's own follow-up model answers, which cover every point in 100
   * to 130 words with one number, scored 71-77 (docs/scoring.md).
   */
  static boolean complete(Inputs in) {
    return in.followUp()
        && !in.story()
        && in.dismissedPoints() == 0
        && in.listedShare() == 0
        && Math.max(in.coverage(), OTHER_LEVEL_CREDIT * in.otherCoverage()) >= FOLLOW_UP_FULL;
  }
}
