package dev.mockloop.scoring;

import dev.mockloop.bank.FollowUp;
import dev.mockloop.bank.Level;
import dev.mockloop.bank.Scenario;
import java.util.concurrent.CompletableFuture;

/**
 * A scorer still being built (its analyzers take a moment): the first frame does not wait for it,
 * and the first answer waits only for what is left.
 */
public final class DeferredScorer implements AnswerScorer {
  private final CompletableFuture<? extends AnswerScorer> scorer;

  public DeferredScorer(CompletableFuture<? extends AnswerScorer> scorer) {
    this.scorer = scorer;
  }

  @Override
  public ScoreCard scoreMain(String answer, Scenario scenario, Level level) {
    return scorer.join().scoreMain(answer, scenario, level);
  }

  @Override
  public ScoreCard scoreFollowUp(String answer, Scenario scenario, Level level,
      FollowUp followUp) {
    return scorer.join().scoreFollowUp(answer, scenario, level, followUp);
  }
}
