package dev.mockloop.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mockloop.bank.Bank;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The scorer against the blind behavioural set (src/test/resources/calibration/README.md): stories
 * written by people who saw only the Leadership Principle questions, graded 0-4 by others with the
 * behavioural guide. The floors are the figures measured when the set was built (docs/scoring.md);
 * the target is higher (rho 0.80), so a change may only raise them (one exception, the
 * fresh set's follow-ups, is explained at its floor).
 */
class BlindBehavioralCalibrationTest {
  static final Path BLIND = Path.of("src/test/resources/calibration/blind-lp.jsonl");

  /**
   * The second blind behavioural set (81 answers, calibration/README.md), `kind` for `intended`.
   */
  static final Path FRESH = Path.of("src/test/resources/calibration/blind-lp-fresh.jsonl");

  private static final List<Row> ROWS = new ArrayList<>();
  private static final List<Row> FRESH_ROWS = new ArrayList<>();

  record Row(String intended, boolean followUp, double grade, int score) {}

  @BeforeAll
  static void scoreAll() throws IOException {
    Bank bank = Shipped.bank();
    Scorer scorer = Shipped.scorer();
    read(bank, scorer, BLIND, "intended", ROWS);
    read(bank, scorer, FRESH, "kind", FRESH_ROWS);
  }

  static void read(Bank bank, Scorer scorer, Path path, String label, List<Row> into)
      throws IOException {
    ObjectMapper json = new ObjectMapper();
    for (String line : Files.readAllLines(path)) {
      JsonNode n = json.readTree(line);
      String id = n.get("scenario").asText();
      assertThat(bank.find(id).orElseThrow().behavioral()).as(id).isTrue();
      ScoreCard card = BlindCalibrationTest.score(bank, scorer, n);
      into.add(
          new Row(
              n.get(label).asText(), n.has("follow_up"), n.get("grade").asDouble(), card.score()));
    }
  }

  private static double rho(Predicate<Row> which) {
    return rho(ROWS, which);
  }

  static double rho(List<Row> rows, Predicate<Row> which) {
    List<Calibration.Graded> g =
        rows.stream()
            .filter(which)
            .map(r -> new Calibration.Graded("x", "all", "all", r.grade(), r.score()))
            .toList();
    return Calibration.of(g).spearman();
  }

  private static double mean(Predicate<Row> which) {
    return ROWS.stream().filter(which).mapToInt(Row::score).average().orElseThrow();
  }

  @Test
  void theSetIsBlindAndBigEnough() {
    assertThat(ROWS).hasSizeGreaterThanOrEqualTo(100);
    assertThat(ROWS.stream().filter(Row::followUp).count()).isGreaterThanOrEqualTo(30);
    assertThat(ROWS.stream().filter(r -> r.intended().startsWith("echo")).count())
        .isGreaterThanOrEqualTo(6);
  }

  @Test
  void scoresFollowTheGrades() {
    assertThat(rho(r -> true)).as("all answers").isGreaterThanOrEqualTo(FLOOR_ALL);
    assertThat(rho(r -> !r.followUp())).as("main answers").isGreaterThanOrEqualTo(FLOOR_MAIN);
    assertThat(rho(Row::followUp)).as("follow-up answers").isGreaterThanOrEqualTo(FLOOR_FOLLOW_UP);
  }

  @Test
  void scoresFollowTheGradesOnTheFreshSet() {
    assertThat(FRESH_ROWS).hasSize(81);
    assertThat(rho(FRESH_ROWS, r -> true)).as("all answers").isGreaterThanOrEqualTo(FRESH_ALL);
    assertThat(rho(FRESH_ROWS, r -> !r.followUp()))
        .as("main answers")
        .isGreaterThanOrEqualTo(FRESH_MAIN);
    assertThat(rho(FRESH_ROWS, Row::followUp))
        .as("follow-up answers")
        .isGreaterThanOrEqualTo(FRESH_FOLLOW_UP);
    assertThat(
            FRESH_ROWS.stream()
                .filter(r -> r.intended().equals("hypothetical") && !r.followUp())
                .mapToInt(Row::score)
                .max()
                .orElseThrow())
        .as("a hypothetical story is at most grade 1")
        .isLessThanOrEqualTo(40);
  }

  @Test
  void echoesAndStoriesWithoutSubstanceStayLow() {
    assertThat(mean(r -> r.intended().startsWith("echo"))).isLessThanOrEqualTo(10);
    assertThat(
            ROWS.stream()
                .filter(r -> r.intended().startsWith("echo"))
                .mapToInt(Row::score)
                .max()
                .orElseThrow())
        .isLessThanOrEqualTo(30);
    assertThat(mean(r -> r.grade() <= 1)).isLessThanOrEqualTo(20);
  }

  /** Measured 0.813 / 0.857 / 0.821 after the scope pass, merged with main (docs/scoring.md). */
  static final double FLOOR_ALL = 0.81;

  static final double FLOOR_MAIN = 0.85;
  static final double FLOOR_FOLLOW_UP = 0.81; // 0.821 after lp3, 0.819 with the paraphrase pass

  /**
   * Measured 0.809 / 0.819 / 0.756 after the scope pass, merged with main (docs/scoring.md; main
   * gave 0.781 / 0.779 / 0.783 once typo matching left real words alone). The follow-up floor fell
   * from 0.77: its one grade-2 follow-up is an all-"we" hypothetical that the follow-up all-we flag
   * puts under the grade-1 ones, while the set's five all-"we" grade-1 follow-ups fell with it.
   */
  static final double FRESH_ALL = 0.80;

  static final double FRESH_MAIN = 0.81;
  static final double FRESH_FOLLOW_UP = 0.75;
}
