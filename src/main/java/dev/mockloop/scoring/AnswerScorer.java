package dev.mockloop.scoring;

import dev.mockloop.bank.FollowUp;
import dev.mockloop.bank.Level;
import dev.mockloop.bank.Scenario;

/** Scores answers against a bank's rubrics. Implementations are pure and thread-safe. */
public interface AnswerScorer {
  /** Scores a main answer to {@code scenario} at {@code level}, with a level read. */
  ScoreCard scoreMain(String answer, Scenario scenario, Level level);

  /** Scores the answer to one follow-up against the follow-up's own rubric. */
  ScoreCard scoreFollowUp(String answer, Scenario scenario, Level level, FollowUp followUp);
}
