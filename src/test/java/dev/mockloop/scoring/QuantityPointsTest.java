package dev.mockloop.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockloop.bank.FollowUp;
import dev.mockloop.bank.Level;
import dev.mockloop.bank.Scenario;
import org.junit.jupiter.api.Test;

/**
 * A follow-up point that asks for a quantity ("Counts what the duplicated pipelines cost today",
 * "States the platform's own cost ... and the net saving per year") is not covered by naming its
 * topic in an answer that gives no number of its own: the third blind set's grade-2 answer to the
 * CFO's three-year case ("we're already paying for the same thing several times ... the savings
 * would justify the team", no figure) scored 97 like a strong one that counts it.
 */
class QuantityPointsTest {
  private static final Scenario S =
      Shipped.bank().find("real-time-analytics-platform").orElseThrow();
  private static final FollowUp CFO = S.level(Level.L7).followUp("cfo-case");

  private static ScoreCard score(String answer) {
    return Shipped.scorer().scoreFollowUp(answer, S, Level.L7, CFO);
  }

  private static PointResult point(ScoreCard card, String id) {
    return card.points().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
  }

  private static final String NAMED =
      "The main argument is that we're already paying for the same thing several times over."
          + " Three teams run their own pipelines, and at 100M events a day each of them scales"
          + " its own. A central team should cost less than all that duplication, and I'm"
          + " confident the net savings would justify the platform team.";

  @Test
  void costPointsNamedWithoutAnyNumberOfTheAnswersOwnAreNotCovered() {
    ScoreCard card = score(NAMED);
    assertThat(point(card, "current-spend").covered()).isFalse();
    assertThat(point(card, "platform-cost").covered()).isFalse();
    // the mentions stay on the card as evidence that did not count
    assertThat(point(card, "current-spend").unquantified())
        .extracting(Evidence::text)
        .contains("already");
    assertThat(point(card, "platform-cost").unquantified()).isNotEmpty();
  }

  @Test
  void theSameIdeasWithTheCandidatesOwnFiguresAreCovered() {
    ScoreCard card =
        score(
            NAMED
                + " Today eight teams each spend about two engineers on pipelines, roughly $2.4M"
                + " a year; the platform team of six costs $1.2M a year.");
    assertThat(point(card, "current-spend").covered()).isTrue();
    assertThat(point(card, "platform-cost").covered()).isTrue();
    assertThat(point(card, "current-spend").unquantified()).isEmpty();
  }

  @Test
  void onlyPointsThatAskForAQuantityNeedOne() {
    assertThat(Quantified.asks("Counts what the duplicated pipelines cost today")).isTrue();
    assertThat(Quantified.asks("Puts a number on the replay and the resulting delay")).isTrue();
    assertThat(Quantified.asks("Estimates the sample size, with the arithmetic")).isTrue();
    assertThat(Quantified.asks("Counts each request once, deduplicated by id")).isFalse();
    assertThat(Quantified.asks("Explains that the API layer is a two-way door")).isFalse();
  }
}
