package dev.mockloop.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class CalibrationStatsTest {
  private static Calibration.Graded g(String id, double grade, int score) {
    return new Calibration.Graded(id, "s", "L6", grade, score);
  }

  @Test
  void perfectAgreement() {
    Calibration c = Calibration.of(List.of(g("a", 0, 5), g("b", 2, 40), g("c", 4, 90)));
    assertThat(c.spearman()).isEqualTo(1.0, within(1e-9));
    assertThat(c.kendall()).isEqualTo(1.0, within(1e-9));
    assertThat(c.pairs()).isEqualTo(3);
    assertThat(c.pairwiseAccuracy()).isEqualTo(1.0);
    assertThat(c.inversions()).isEmpty();
  }

  @Test
  void reversedOrderIsMinusOneAndEveryPairIsAnInversion() {
    Calibration c = Calibration.of(List.of(g("a", 0, 90), g("b", 2, 40), g("c", 4, 5)));
    assertThat(c.spearman()).isEqualTo(-1.0, within(1e-9));
    assertThat(c.kendall()).isEqualTo(-1.0, within(1e-9));
    assertThat(c.inversions()).hasSize(3);
    assertThat(c.disagreements().get(0).answer().id()).isIn("a", "c");
  }

  @Test
  void tiesGetAverageRanksAndCountHalf() {
    // grades 1,1,2,3 and scores 10,20,20,30: Spearman over average ranks
    Calibration c =
        Calibration.of(List.of(g("a", 1, 10), g("b", 1, 20), g("c", 2, 20), g("d", 3, 30)));
    assertThat(c.spearman()).isEqualTo(3.75 / 4.5, within(1e-9));
    assertThat(c.pairsTied()).isEqualTo(1);
    assertThat(c.pairwiseAccuracy()).isEqualTo((4 + 0.5) / 5, within(1e-9));
    // tau-b: concordant 4, discordant 0, ties only in x 1 (a,b), only in y 1 (b,c)
    assertThat(c.kendall()).isEqualTo(4 / Math.sqrt(5 * 5), within(1e-9));
  }

  @Test
  void pairsOnlyCountWithinScenarioAndLevel() {
    Calibration c =
        Calibration.of(
            List.of(
                new Calibration.Graded("a", "s1", "L6", 4, 10),
                new Calibration.Graded("b", "s2", "L6", 0, 90)));
    assertThat(c.pairs()).isZero();
    assertThat(c.inversions()).isEmpty();
  }
}
