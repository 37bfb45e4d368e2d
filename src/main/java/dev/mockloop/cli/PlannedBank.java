package dev.mockloop.cli;

import dev.mockloop.bank.Bank;
import dev.mockloop.engine.LoopPlanner;
import dev.mockloop.engine.PlanException;
import dev.mockloop.engine.PlanRequest;

/**
 * A round's bank with its request planned once on the loading thread ({@link PracticeLauncher}):
 * the plan decodes the scenarios the round needs and checks it can be made, so that a bad {@code
 * --scenario} fails before the screen opens; {@link #checked} throws what planning threw.
 *
 * @param failed what planning threw; null when the request could be planned
 */
record PlannedBank(Bank bank, RuntimeException failed) {
  static PlannedBank of(Bank bank, PlanRequest request) {
    try {
      LoopPlanner.plan(bank, request);
      return new PlannedBank(bank, null);
    } catch (RuntimeException e) {
      return new PlannedBank(bank, e);
    }
  }

  /** The bank; a request that cannot be planned throws its reason as a usage error (status 2). */
  Bank checked() {
    if (failed instanceof PlanException e) {
      throw UserException.invalid(e.getMessage());
    }
    if (failed != null) {
      throw failed;
    }
    return bank;
  }
}
