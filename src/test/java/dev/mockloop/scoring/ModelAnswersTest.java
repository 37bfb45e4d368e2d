package dev.mockloop.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockloop.bank.Bank;
import dev.mockloop.bank.BankLoader;
import dev.mockloop.bank.FollowUp;
import dev.mockloop.bank.Level;
import dev.mockloop.bank.LevelSpec;
import dev.mockloop.bank.Scenario;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every model answer of the shipped bank's technical scenarios covers its rubric, so it must score
 * as a strong answer: a main answer at least 85; a follow-up's, 100-130 words that make every point
 * briefly, in the strong band ({@link GradeBand}, 61 and up; 68 or more since depth): depth
 * (docs/scoring.md) credits it below the fuller follow-ups the blind graders rated strongest
 * (bench/modelcheck.py lists them).
 */
class ModelAnswersTest {
  static final int STRONG = 85;

  @Test
  void everyTechnicalModelAnswerScoresAsAStrongAnswer() throws Exception {
    Bank bank = BankLoader.load(Path.of("questions")).bank();
    Scorer scorer = new Scorer(bank.glossary());
    List<String> low = new ArrayList<>();
    int scored = 0;
    for (Scenario s : bank.scenarios()) {
      if (s.behavioral()) {
        continue;
      }
      for (Map.Entry<Level, LevelSpec> e : s.levels().entrySet()) {
        LevelSpec spec = e.getValue();
        if (!spec.modelAnswer().isBlank()) {
          int score = scorer.scoreMain(spec.modelAnswer(), s, e.getKey()).score();
          scored++;
          if (score < STRONG) {
            low.add(s.id() + " " + e.getKey() + ": " + score);
          }
        }
        for (FollowUp f : spec.followUps()) {
          if (!f.modelAnswer().isBlank()) {
            int score = scorer.scoreFollowUp(f.modelAnswer(), s, e.getKey(), f).score();
            scored++;
            if (GradeBand.of(score).grade() < 4) {
              low.add(s.id() + " " + e.getKey() + " " + f.id() + ": " + score);
            }
          }
        }
      }
    }
    assertThat(scored).isGreaterThan(600);
    assertThat(low).isEmpty();
  }
}
