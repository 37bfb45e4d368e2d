package dev.mockloop.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The third technical and behavioural blind sets (src/test/resources/calibration/README.md):
 * written and graded blind while this session's scorer changes were made elsewhere, and measured
 * once those changes were merged, before anyone read an answer. Their figures are the honest ones
 * for answers the scorer was never tuned on (docs/scoring.md, "Calibration"); these floors keep
 * them.
 */
class ThirdBlindCalibrationTest {
  private static final Path TECHNICAL = Path.of("src/test/resources/calibration/blind-third.jsonl");
  private static final Path BEHAVIOURAL =
      Path.of("src/test/resources/calibration/blind-lp-third.jsonl");
  private static final Path FOURTH =
      Path.of("src/test/resources/calibration/blind-lp-fourth.jsonl");
  private static List<BlindCalibrationTest.Row> technical;
  private static List<BlindCalibrationTest.Row> fourth;
  private static List<BlindCalibrationTest.Row> behavioural;

  @BeforeAll
  static void scoreAll() throws IOException {
    technical = BlindCalibrationTest.rows(TECHNICAL);
    behavioural = BlindCalibrationTest.rows(BEHAVIOURAL);
    fourth = BlindCalibrationTest.rows(FOURTH);
  }

  private static double rho(
      List<BlindCalibrationTest.Row> rows, Predicate<BlindCalibrationTest.Row> which) {
    return BlindCalibrationTest.rho(rows, which);
  }

  @Test
  void theSetsAreWhatTheReadmeSays() {
    assertThat(technical).hasSize(124);
    assertThat(technical.stream().filter(BlindCalibrationTest.Row::followUp)).hasSize(62);
    assertThat(behavioural).hasSize(118);
    assertThat(behavioural.stream().filter(BlindCalibrationTest.Row::followUp)).hasSize(40);
    assertThat(fourth).hasSize(116);
    assertThat(fourth.stream().filter(BlindCalibrationTest.Row::followUp)).hasSize(38);
  }

  @Test
  void behaviouralScoresFollowTheGrades() {
    // 0.787 with main as the session began (6818fc8), 0.798 after the session's merges, 0.787 with
    // depth (main and follow-up answers each rank better, 0.794 -> 0.807 and 0.834 -> 0.836, but
    // depth spreads the two kinds differently on one scale).
    assertThat(rho(behavioural, r -> true)).isGreaterThanOrEqualTo(0.78);
    // The fourth set, written and graded after the merges and scored by the same scorer: 0.835
    // (0.812 with main before the session's behavioural branch, lp3, was merged).
    assertThat(rho(fourth, r -> true)).isGreaterThanOrEqualTo(0.83);
    List<BlindCalibrationTest.Row> both = new java.util.ArrayList<>(behavioural);
    both.addAll(fourth);
    assertThat(rho(both, r -> true)).isGreaterThanOrEqualTo(0.81); // 0.816 over the 234
  }

  @Test
  void technicalScoresFollowTheGrades() {
    // Most answers are graded 4 (87 of 124), so these are range-limited. Follow-ups 0.496 and main
    // 0.716 with main as the session began, 0.527 and 0.705 after its merges; follow-ups 0.606
    // after branch tune10e (quantity points need the answer's own number, Quantified), a change
    // made after this set was opened, so no longer a held-out figure; 0.730 and 0.747 with depth.
    assertThat(rho(technical, BlindCalibrationTest.Row::followUp)).isGreaterThanOrEqualTo(0.72);
    assertThat(rho(technical, r -> !r.followUp())).isGreaterThanOrEqualTo(0.74);
    long strongLow = technical.stream().filter(r -> r.grade() == 4 && r.score() < 45).count();
    assertThat(strongLow)
        .isLessThanOrEqualTo(1); // 7 as the session began, 5 after it, 1 with depth
  }
}
