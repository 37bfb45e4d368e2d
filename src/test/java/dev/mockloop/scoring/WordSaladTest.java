package dev.mockloop.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mockloop.bank.Bank;
import dev.mockloop.bank.Level;
import dev.mockloop.bank.RubricPoint;
import dev.mockloop.bank.Scenario;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A hand tester's finding: 6,000 words drawn at random from 24 circuit-breaker terms, no sentences,
 * scored 44/100 ("3 good") without the keyword-list flag, its evidence stitched across unrelated
 * words, while a short comma list of the same terms scored 11. Salads of each scenario's own rubric
 * terms, at any length and with or without commas, must score like a short keyword list.
 */
class WordSaladTest {
  private static final Bank BANK = Shipped.bank();
  private static final Scorer SCORER = Shipped.scorer();
  private static final String[] SCENARIOS = {
    "circuit-breaker",
    "rate-limiting",
    "notification-fanout",
    "search-indexing",
    "cdn-cache-invalidation"
  };
  private static final int[] LENGTHS = {50, 150, 600, 2000, 6000};

  /**
   * 24 terms from the scenario's L6 rubric: 19 content words of its point sentences, a few function
   * words ("per", "in", "only", "the") and numbers, so the salad has some function words and facts.
   */
  private static List<String> terms(Scenario s) {
    Set<String> out = new LinkedHashSet<>(List.of("per", "in", "only", "the", "50%", "800ms"));
    for (RubricPoint p : s.level(Level.L6).rubric()) {
      for (String w : p.point().toLowerCase().split("[^a-z0-9%-]+")) {
        if (w.length() > 3 && !Vocabulary.FUNCTION_WORDS.contains(w) && out.size() < 24) {
          out.add(w);
        }
      }
    }
    return new ArrayList<>(out);
  }

  private static String salad(List<String> terms, int words, String separator, long seed) {
    Random r = new Random(seed);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < words; i++) {
      b.append(i == 0 ? "" : separator).append(terms.get(r.nextInt(terms.size())));
    }
    return b.toString();
  }

  private static ScoreCard l6(String scenario, String answer) {
    return SCORER.scoreMain(answer, BANK.find(scenario).orElseThrow(), Level.L6);
  }

  private static boolean flagged(ScoreCard card) {
    return card.flags().stream().anyMatch(f -> f.code().equals("keyword-list"));
  }

  @Test
  void saladsOfRubricTermsScoreLikeAShortKeywordListAtAnyLength() {
    for (String id : SCENARIOS) {
      List<String> terms = terms(BANK.find(id).orElseThrow());
      assertThat(terms).hasSize(24);
      ScoreCard shortList = l6(id, String.join(", ", terms.subList(0, 8)));
      assertThat(shortList.score()).as(id + " short list").isLessThanOrEqualTo(15);
      for (int words : LENGTHS) {
        for (String separator : new String[] {" ", ", "}) {
          String answer = salad(terms, words, separator, words);
          ScoreCard card = l6(id, answer);
          String what = id + ", " + words + " words, separator '" + separator + "'";
          assertThat(card.score()).as(what).isLessThanOrEqualTo(15);
          assertThat(flagged(card)).as(what).isTrue();
          assertThat(card.covered()).as(what).allMatch(PointResult::listed);
        }
      }
    }
  }

  @Test
  void aSaladWithPeriodsIsStillASaladWhenItRepeatsAFewWords() {
    List<String> terms = terms(BANK.find("circuit-breaker").orElseThrow());
    String answer = salad(terms, 1200, " ", 7).replaceAll("((?:\\S+ ){7}\\S+) ", "$1. ");
    ScoreCard card = l6("circuit-breaker", answer);
    assertThat(card.signals().sentences()).isGreaterThan(100);
    assertThat(card.score()).isLessThanOrEqualTo(15);
    assertThat(flagged(card)).isTrue();
  }

  @Test
  void repeatingAnAnswerOverAndOverDoesNotRaiseItsScore() {
    String once =
        "I would wrap the processor call in a circuit breaker that opens when the failure rate"
            + " over the last 100 calls passes 50%, with a fallback to a queued order.";
    ScoreCard single = l6("circuit-breaker", once);
    ScoreCard repeated = l6("circuit-breaker", (once + " ").repeat(40));
    assertThat(repeated.score()).isLessThanOrEqualTo(single.score());
    assertThat(flagged(repeated)).isTrue();
  }

  @Test
  void noAnswerOfTheCalibrationSetsIsASalad() throws IOException {
    ObjectMapper json = new ObjectMapper();
    int answers = 0;
    try (var files = Files.list(Path.of("src/test/resources/calibration"))) {
      for (Path set : files.filter(p -> p.toString().endsWith(".jsonl")).toList()) {
        for (String line : Files.readAllLines(set)) {
          String text = json.readTree(line).get("answer").asText();
          List<Word> words = Words.scan(text);
          assertThat(WordSalad.of(words, new Shape(text, words))).as(line).isFalse();
          answers++;
        }
      }
    }
    assertThat(answers).isGreaterThan(1000);
  }
}
