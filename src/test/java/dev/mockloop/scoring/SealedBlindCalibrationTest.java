package dev.mockloop.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The technical blind sets held out from tuning (src/test/resources/calibration/README.md): the
 * ninth, written at the start of the eleventh session, the tenth (144 answers with the blind set's
 * spread of kinds), written at the start of the twelfth, and the eleventh (96 answers), written in
 * the seventeenth. Nobody tuning the scorer or the bank has read their answers; they are scored at
 * a session's start and end (docs/scoring.md). The eighth, held out for two sessions, was read in
 * the twelfth to see why held-out follow-ups score low, and stays here as a regression floor. The
 * floors are just under the last measured figures, so a change that costs held-out answers fails
 * here even though no one looked at them.
 */
class SealedBlindCalibrationTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // set, main floor, follow-up floor, most grade-4 answers under 45. Fifteenth session's end:
    // eighth 0.771 / 0.805, 0 (read: its strong follow-ups were widened, branch fu15); ninth
    // 0.771 / 0.707, 1 (sealed; 0.687 before fu15 widened 17 follow-up points from other sets);
    // tenth 0.770 / 0.773, 8 (sealed). Seventeenth session's end: ninth 0.771 / 0.726, 0; tenth
    // 0.779 / 0.773, 8; eleventh (new, sealed: 0.697 / 0.815, 1 with the session-start scorer)
    // 0.714 / 0.815, 1; with sentence depth: ninth 0.803 / 0.765, tenth 0.789 / 0.782, 7; eleventh
    // 0.721 / 0.828, 1
    "blind-eighth.jsonl, 0.76, 0.79, 0",
    "blind-ninth.jsonl, 0.79, 0.75, 0",
    "blind-tenth.jsonl, 0.78, 0.77, 7",
    "blind-eleventh.jsonl, 0.71, 0.81, 1",
  })
  void heldOutAnswersKeepTheirOrder(String set, double main, double followUps, int strongLow)
      throws IOException {
    List<BlindCalibrationTest.Row> rows =
        BlindCalibrationTest.rows(Path.of("src/test/resources/calibration", set));
    assertThat(rows).hasSizeGreaterThanOrEqualTo(96);
    assertThat(BlindCalibrationTest.rho(rows, r -> !r.followUp())).isGreaterThanOrEqualTo(main);
    assertThat(BlindCalibrationTest.rho(rows, BlindCalibrationTest.Row::followUp))
        .isGreaterThanOrEqualTo(followUps);
    assertThat(rows.stream().filter(r -> r.grade() == 4 && r.score() < 45).count())
        .isLessThanOrEqualTo(strongLow);
  }
}
