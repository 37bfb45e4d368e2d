package dev.mockloop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockloop.bank.Level;
import dev.mockloop.report.SelfRatingStatsReport;
import dev.mockloop.session.SelfRatingStats;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The self-rating section of review stats ({@link SelfRatingStatsReport}), as the command prints
 * it.
 */
class SelfRatingStatsReportTest {
  private static SelfRatingStats.Rated r(Level l, int self, int score, String weakest) {
    return new SelfRatingStats.Rated(l, self, score, weakest);
  }

  @Test
  void tooFewRatingsSaySoPlainly() {
    String text =
        ReportText.render(
            SelfRatingStatsReport.of(
                SelfRatingStats.of(
                    List.of(r(Level.L6, 3, 60, "cost"), r(Level.L6, 2, 60, "cost")))),
            200,
            false);
    assertThat(text)
        .contains("Self-rating vs the scorer")
        .contains(
            "2 rated rounds so far: too few to say how your sense of an answer tracks the"
                + " scorer's (this needs 5)")
        .doesNotContain("mean difference");
  }

  @Test
  void enoughRatingsShowAgreementLeanOverTimeLevelsAndDimensions() {
    String text =
        ReportText.render(
            SelfRatingStatsReport.of(
                SelfRatingStats.of(
                    List.of(
                        r(Level.L6, 4, 25, "cost"),
                        r(Level.L6, 4, 10, "cost"),
                        r(Level.L6, 3, 40, "design"),
                        r(Level.L7, 2, 70, "design"),
                        r(Level.L7, 3, 40, "cost"),
                        r(Level.L7, 4, 70, "analysis")))),
            200,
            false);
    assertThat(text)
        .contains(
            "6 rated rounds: you gave the scorer's band 3 times (50%), within"
                + " one band 50%; mean difference +0.5 bands: over-confident")
        .contains(
            "over time: your rating was 1.7 bands off on average in the older half, 0.7 in"
                + " the newer half")
        .contains("  L6  3 ratings    agree  33%  mean +1.7  over-confident")
        .contains("  L7  3 ratings    agree  67%  mean -0.7  under-confident")
        .contains("    cost           3 rounds    mean +1.7  over-confident")
        .contains("    design         2 rounds    mean -1.0  too few to call");
  }
}
