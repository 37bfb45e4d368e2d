package dev.mockloop.report;

import dev.mockloop.report.ReportLine.Tone;
import dev.mockloop.scoring.GradeBand;

/**
 * "Predict, then see": the user's own rating of a round beside the scorer's band, as the results
 * show it ("You: 3 good · Scorer: 2 partial (48)"), both on the grading guide's 0-4 scale.
 */
public final class SelfRating {
  /** The scale, as the rating step shows it. */
  public static final String SCALE = "0 off-topic  1 vague  2 partial  3 good  4 strong";

  private SelfRating() {}

  /** "You: 3 good · Scorer: 2 partial (48)". */
  public static String compared(int self, int score) {
    return "You: "
        + self
        + " "
        + GradeBand.name(self)
        + " · Scorer: "
        + GradeBand.of(score)
        + " ("
        + score
        + ")";
  }

  /** The comparison with a word on how far apart the two are. */
  public static ReportLine line(int self, int score) {
    int diff = self - GradeBand.of(score).grade();
    String gap =
        diff == 0
            ? "you read it as the scorer did"
            : diff > 0
                ? "you rated it " + bands(diff) + " higher than the scorer"
                : "you rated it " + bands(-diff) + " lower than the scorer";
    return ReportLine.of(
        compared(self, score) + "  (" + gap + ")", Math.abs(diff) <= 1 ? Tone.NORMAL : Tone.WARN);
  }

  /** The grade a key stands for: '0'..'4', else -1. */
  public static int grade(char key) {
    return key >= '0' && key <= '4' ? key - '0' : -1;
  }

  private static String bands(int n) {
    return n == 1 ? "one band" : n + " bands";
  }
}
