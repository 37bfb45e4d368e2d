package dev.mockloop.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockloop.bank.Level;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListGuardTest {
  private static final Scorer SCORER = new Scorer(Fixtures.shippedGlossary());

  /** Terse notes that say how each choice applies: the ideas are stated, in fragments. */
  static final String TERSE_NOTES =
      "ddb. key lookups only, no joins needed.\n"
          + "pk = product id, high cardinality -> flash sale load spreads.\n"
          + "DAX in front: hot items, p99 ~1ms vs 10ms target.\n"
          + "GSI per known query, defined up front.\n"
          + "on-demand capacity first, ~$4K/mo, provisioned once steady.\n"
          + "multi-AZ default, alarm on throttles.";

  private static ScoreCard l6(String answer) {
    return SCORER.scoreMain(answer, Fixtures.scenario(), Level.L6);
  }

  private static PointResult point(String id, int weight, boolean covered, String basis) {
    return new PointResult(
        id, id, "design", weight, covered, List.of(), List.of(), "", basis, null);
  }

  @Test
  void aBareListKeepsTheFullPenaltyAndStatedNotesKeepAQuarterOfIt() {
    assertThat(ListGuard.of(1, 1)).isCloseTo(0.2, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(ListGuard.of(1, 0)).isCloseTo(0.8, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(ListGuard.of(0, 1)).isEqualTo(1);
  }

  @Test
  void listedShareWeighsTheCoveredPointsAndIsOneWhenNothingIsCovered() {
    assertThat(ListGuard.listedShare(List.of(point("a", 3, false, "")))).isEqualTo(1);
    assertThat(
            ListGuard.listedShare(
                List.of(
                    point("a", 3, true, PointResult.LISTED),
                    point("b", 1, true, PointResult.STATED),
                    point("c", 5, false, ""))))
        .isEqualTo(0.75);
  }

  @Test
  void terseNotesThatStateTheirIdeasScoreWellAboveABareKeywordList() {
    ScoreCard notes = l6(TERSE_NOTES);
    ScoreCard list = l6(ScorerTest.KEYWORD_LIST);
    assertThat(notes.signals().listLikeness()).isGreaterThan(0.5);
    assertThat(notes.covered()).allMatch(p -> !p.listed());
    assertThat(list.covered()).allMatch(PointResult::listed);
    assertThat(list.score()).isLessThan(15);
    assertThat(notes.score()).isGreaterThan(list.score() + 25);
  }
}
