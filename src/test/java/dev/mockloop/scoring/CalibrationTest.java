package dev.mockloop.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mockloop.bank.Bank;
import dev.mockloop.bank.BankLoader;
import dev.mockloop.bank.Level;
import dev.mockloop.bank.LoadResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The scorer against the hand-graded calibration set (graded by the guide in docs/scoring.md before
 * any tuning): Spearman's rho of at least 0.85, and within each scenario and level a higher-graded
 * answer never scores lower.
 */
class CalibrationTest {
  static final Path GRADED = Path.of("src/test/resources/calibration/graded.jsonl");

  private static List<Calibration.Graded> scored;

  private static Bank bank;

  static synchronized List<Calibration.Graded> scoreAll() throws IOException {
    if (scored == null) {
      scored = score(TextAnalyzer.Stemmer.PORTER);
    }
    return scored;
  }

  private static synchronized Bank bank() {
    if (bank == null) {
      LoadResult loaded = BankLoader.load(Path.of("questions"));
      assertThat(loaded.errors()).isEmpty();
      bank = loaded.bank();
    }
    return bank;
  }

  private static List<Calibration.Graded> score(TextAnalyzer.Stemmer stemmer) throws IOException {
    Bank bank = bank();
    Scorer scorer = new Scorer(bank.glossary(), stemmer);
    ObjectMapper json = new ObjectMapper();
    List<Calibration.Graded> out = new ArrayList<>();
    for (String line : Files.readAllLines(GRADED)) {
      JsonNode n = json.readTree(line);
      ScoreCard card =
          scorer.scoreMain(
              n.get("answer").asText(),
              bank.find(n.get("scenario").asText()).orElseThrow(),
              Level.parse(n.get("level").asText()).orElseThrow());
      out.add(
          new Calibration.Graded(
              n.get("id").asText(),
              n.get("scenario").asText(),
              n.get("level").asText(),
              n.get("grade").asDouble(),
              card.score()));
    }
    return out;
  }

  @Test
  void theSetIsBigAndVariedEnough() throws IOException {
    List<Calibration.Graded> graded = scoreAll();
    assertThat(graded).hasSizeGreaterThanOrEqualTo(60);
    assertThat(graded.stream().map(Calibration.Graded::scenario).distinct().count())
        .isGreaterThanOrEqualTo(10);
    assertThat(graded.stream().map(Calibration.Graded::level).distinct())
        .containsExactlyInAnyOrder("L6", "L7");
    assertThat(graded.stream().map(g -> (int) g.grade()).distinct())
        .containsExactlyInAnyOrder(0, 1, 2, 3, 4);
  }

  @Test
  void scoresAgreeWithTheGrades() throws IOException {
    Calibration cal = Calibration.of(scoreAll());
    assertThat(cal.spearman()).as("Spearman's rho").isGreaterThanOrEqualTo(0.85);
    String inversions =
        cal.inversions().stream()
            .map(
                i ->
                    i.group()
                        + ": "
                        + i.higherGrade().id()
                        + " (grade "
                        + i.higherGrade().grade()
                        + ", score "
                        + i.higherGrade().score()
                        + ") < "
                        + i.lowerGrade().id()
                        + " (grade "
                        + i.lowerGrade().grade()
                        + ", score "
                        + i.lowerGrade().score()
                        + ")")
            .collect(Collectors.joining("\n"));
    assertThat(cal.inversions().stream().filter(i -> i.higherGrade().score() > FLOOR))
        .as(inversions)
        .isEmpty();
  }

  /**
   * Scores at or below this are all in the lowest band: an off-topic answer and a bare keyword list
   * (grades 0 and 1) that both land here are not told apart by the order between them.
   */
  private static final int FLOOR = 10;

  /** The stemmer was chosen by this measurement (figures in docs/scoring.md). */
  @Test
  void porterStemmingOrdersAtLeastAsWellAsTheAlternatives() throws IOException {
    Calibration porter = Calibration.of(scoreAll());
    for (TextAnalyzer.Stemmer other :
        List.of(TextAnalyzer.Stemmer.KSTEM, TextAnalyzer.Stemmer.NONE)) {
      Calibration c = Calibration.of(score(other));
      System.out.printf(
          "%s: rho %.3f, tau-b %.3f, pairwise %.3f, inversions %d%n",
          other, c.spearman(), c.kendall(), c.pairwiseAccuracy(), c.inversions().size());
      assertThat(porter.spearman()).as(other.name()).isGreaterThan(c.spearman() - 0.02);
    }
    System.out.printf(
        "PORTER: rho %.3f, tau-b %.3f, pairwise %.3f, inversions %d%n",
        porter.spearman(), porter.kendall(), porter.pairwiseAccuracy(), porter.inversions().size());
  }
}
