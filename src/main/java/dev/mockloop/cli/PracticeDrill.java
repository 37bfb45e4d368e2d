package dev.mockloop.cli;

import dev.mockloop.bank.Bank;
import dev.mockloop.bank.Level;
import dev.mockloop.engine.DrillPick;
import dev.mockloop.engine.DrillPlan;
import dev.mockloop.engine.DrillPlanner;
import dev.mockloop.engine.PlanException;
import dev.mockloop.engine.PlanRequest;
import dev.mockloop.engine.RoundSettings;
import dev.mockloop.session.SessionStore;
import java.io.PrintWriter;
import java.util.List;

/**
 * {@code practice --drill}: plans the loop by spaced repetition over the saved sessions and says
 * why each scenario was chosen.
 */
final class PracticeDrill {
  /** Rounds in a drill when {@code --rounds} is not given. */
  static final int DEFAULT_ROUNDS = 3;

  private PracticeDrill() {}

  static PlanRequest request(
      RootCommand root,
      Level level,
      List<String> topics,
      Integer rounds,
      long seed,
      RoundSettings settings,
      PrintWriter out) {
    return plan(root, level, topics, rounds, seed, out).request(seed, settings);
  }

  /** The drill's plan, printed with the reason for each scenario (the TUI shows it again). */
  static DrillPlan plan(
      RootCommand root,
      Level level,
      List<String> topics,
      Integer rounds,
      long seed,
      PrintWriter out) {
    Bank bank = Banks.load(root);
    var history = ReviewSupport.history(root);
    try {
      DrillPlan plan =
          new DrillPlanner(root.context().clock(), seed)
              .plan(
                  bank,
                  level,
                  topics,
                  history.attempts(),
                  rounds == null ? DEFAULT_ROUNDS : rounds);
      int past = history.sessions().size();
      out.println(
          "Drill at "
              + level
              + " ("
              + past
              + (past == 1 ? " past session" : " past" + " sessions")
              + " in "
              + new SessionStore(root.sessionsDir()).dir()
              + "):");
      int i = 1;
      for (DrillPick p : plan.picks()) {
        out.println("  " + i++ + ". " + p.scenario().id() + ": " + p.reason());
      }
      out.flush();
      return plan;
    } catch (PlanException e) {
      throw UserException.invalid(e.getMessage());
    }
  }
}
