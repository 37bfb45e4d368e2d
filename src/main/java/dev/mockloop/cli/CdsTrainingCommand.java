package dev.mockloop.cli;

import dev.mockloop.bank.Bank;
import dev.mockloop.bank.BankLoader;
import dev.mockloop.bank.Level;
import dev.mockloop.bank.LevelSpec;
import dev.mockloop.bank.Scenario;
import dev.mockloop.scoring.Scorer;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * Hidden: the training run for the launcher's AppCDS archive. It walks the start-up paths a user
 * hits (the bundled bank, the scorer on a model answer) so their classes land in the archive. It
 * writes nothing and prints nothing.
 */
@Command(name = "cds-training", hidden = true, description = "Training run for the AppCDS archive.")
final class CdsTrainingCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    Bank bank = BankLoader.loadBundled().bank();
    Scorer scorer = new Scorer(bank.glossary());
    for (Scenario scenario : bank.scenarios()) {
      for (Level level : scenario.levelSet()) {
        LevelSpec spec = scenario.level(level);
        scorer.scoreMain(spec.modelAnswer(), scenario, level);
      }
      break;
    }
    return 0;
  }
}
