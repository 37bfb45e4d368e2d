package dev.mockloop.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The fifth and sixth technical blind sets (src/test/resources/calibration/README.md), with thin,
 * off-question and padded answers beside the strong ones. The sixth was sealed until depth
 * (docs/scoring.md, "Depth") was final and scored once: its figures are the honest ones for it.
 * Both keep length from paying on its own: padding and generic prose score no more than they did
 * before depth.
 */
class SixthBlindCalibrationTest {
  private static List<BlindCalibrationTest.Row> fifth;
  private static List<BlindCalibrationTest.Row> sixth;

  @BeforeAll
  static void scoreAll() throws IOException {
    fifth = BlindCalibrationTest.rows(Path.of("src/test/resources/calibration/blind-fifth.jsonl"));
    sixth = BlindCalibrationTest.rows(Path.of("src/test/resources/calibration/blind-sixth.jsonl"));
  }

  @Test
  void theSetsAreWhatTheReadmeSays() {
    assertThat(fifth).hasSize(106);
    assertThat(fifth.stream().filter(BlindCalibrationTest.Row::followUp)).hasSize(56);
    assertThat(sixth).hasSize(84);
    assertThat(sixth.stream().filter(BlindCalibrationTest.Row::followUp)).hasSize(45);
  }

  @Test
  void scoresFollowTheGrades() {
    // sealed sixth set: main 0.847 and follow-ups 0.844 before depth, 0.867 and 0.841 with it
    assertThat(BlindCalibrationTest.rho(sixth, r -> !r.followUp())).isGreaterThanOrEqualTo(0.86);
    assertThat(BlindCalibrationTest.rho(sixth, BlindCalibrationTest.Row::followUp))
        .isGreaterThanOrEqualTo(0.83);
    // fifth set (development): 0.860 and 0.681 before depth, 0.864 and 0.709 with it
    assertThat(BlindCalibrationTest.rho(fifth, r -> !r.followUp())).isGreaterThanOrEqualTo(0.85);
    assertThat(BlindCalibrationTest.rho(fifth, BlindCalibrationTest.Row::followUp))
        .isGreaterThanOrEqualTo(0.70);
    assertThat(count(sixth, r -> r.grade() == 4 && r.score() < 45)).isZero();
    assertThat(count(fifth, r -> r.grade() == 4 && r.score() < 45)).isLessThanOrEqualTo(2);
  }

  @Test
  void lengthAloneEarnsNothing() {
    // long generic prose: 28 and 25 before depth, 23 and 20 with it (graded 1)
    assertThat(mean(sixth, kind("long-generic"))).isLessThanOrEqualTo(30);
    assertThat(mean(fifth, kind("long-generic"))).isLessThanOrEqualTo(30);
    // follow-ups that circle the question: 34 and 33 before, 31 and 29 with depth (graded 1-1.6)
    assertThat(mean(sixth, kind("fu-padded"))).isLessThanOrEqualTo(35);
    assertThat(mean(fifth, kind("fu-padded"))).isLessThanOrEqualTo(35);
    // a mid answer padded to 400 words stays below the same sets' unpadded strong answers
    assertThat(mean(sixth, kind("padded-mid")))
        .isLessThan(mean(sixth, r -> r.kind().startsWith("strong")) - 30);
    assertThat(mean(fifth, kind("padded-mid")))
        .isLessThan(mean(fifth, r -> r.kind().startsWith("strong")) - 30);
  }

  private static Predicate<BlindCalibrationTest.Row> kind(String k) {
    return r -> r.kind().equals(k);
  }

  private static long count(
      List<BlindCalibrationTest.Row> rows, Predicate<BlindCalibrationTest.Row> which) {
    return rows.stream().filter(which).count();
  }

  private static double mean(
      List<BlindCalibrationTest.Row> rows, Predicate<BlindCalibrationTest.Row> which) {
    return rows.stream()
        .filter(which)
        .mapToInt(BlindCalibrationTest.Row::score)
        .average()
        .orElseThrow();
  }
}
