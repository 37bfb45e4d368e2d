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
import org.junit.jupiter.api.Test;

/**
 * Every model answer of the shipped Leadership Principle questions scores as a strong answer
 * against its own rubric: a main answer at least 80, a follow-up's (about 100 words) in the strong
 * band ({@link GradeBand}; 63 or more since depth, docs/scoring.md). The story rules (flags,
 * guards) must never mark down the answer the bank shows as the example to follow.
 */
class BehavioralModelAnswersTest {
  /**
   * 85 until depth counted sentences (seventeenth session, full at 130 distinct terms): the
   * shortest model stories, about 200 words, now score from 84. Strong is from 61.
   */
  static final int FLOOR = 80;

  @Test
  void everyBehaviouralModelAnswerScoresAsAStrongAnswer() {
    Bank bank = BankLoader.load(Path.of("questions")).bank();
    Scorer scorer = new Scorer(bank.glossary());
    List<String> low = new ArrayList<>();
    int scored = 0;
    for (Scenario s : bank.scenarios()) {
      if (!s.behavioral()) {
        continue;
      }
      for (Level level : Level.values()) {
        LevelSpec spec = s.level(level);
        if (spec == null) {
          continue;
        }
        ScoreCard main = scorer.scoreMain(spec.modelAnswer(), s, level);
        scored++;
        if (main.score() < FLOOR) {
          low.add(s.id() + " " + level + " " + main.score() + " " + main.flags());
        }
        for (FollowUp f : spec.followUps()) {
          ScoreCard card = scorer.scoreFollowUp(f.modelAnswer(), s, level, f);
          scored++;
          if (GradeBand.of(card.score()).grade() < 4 || !card.flags().isEmpty()) {
            low.add(s.id() + " " + level + " " + f.id() + " " + card.score() + " " + card.flags());
          }
        }
      }
    }
    assertThat(scored).isGreaterThanOrEqualTo(200);
    assertThat(low).isEmpty();
  }
}
