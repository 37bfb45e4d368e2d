package dev.mockloop.cli;

import dev.mockloop.bank.FollowUp;
import dev.mockloop.bank.Level;
import dev.mockloop.bank.Scenario;
import dev.mockloop.scoring.AnswerScorer;
import dev.mockloop.scoring.ScoreCard;
import java.util.concurrent.CompletableFuture;

/**
 * A scorer still being built (its analyzers take a moment): the first frame does not wait for it,
 * and the first answer waits only for what is left. A start-up trick of {@link PracticeLauncher},
 * kept in {@code cli} with the others ({@link FastPath}, {@link Subcommands}, {@link Cli#home}).
 */
final class DeferredScorer implements AnswerScorer {
  private final CompletableFuture<? extends AnswerScorer> scorer;

  DeferredScorer(CompletableFuture<? extends AnswerScorer> scorer) {
    this.scorer = scorer;
  }

  @Override
  public ScoreCard scoreMain(String answer, Scenario scenario, Level level) {
    return scorer.join().scoreMain(answer, scenario, level);
  }

  @Override
  public ScoreCard scoreFollowUp(String answer, Scenario scenario, Level level, FollowUp followUp) {
    return scorer.join().scoreFollowUp(answer, scenario, level, followUp);
  }
}
