package dev.mockloop.cli;

import dev.mockloop.bank.Bank;
import dev.mockloop.engine.LoopPlanner;
import dev.mockloop.engine.PlanException;
import dev.mockloop.engine.PlanRequest;
import dev.mockloop.engine.RoundSettings;
import dev.mockloop.scoring.Scorer;
import dev.mockloop.session.SessionStore;
import dev.mockloop.tui.FrontEnd;
import dev.mockloop.tui.Tui;
import dev.mockloop.tui.TuiContext;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Wires a practice run: loads the bank, checks the requested loop can be planned (so a bad
 * {@code --scenario} fails before the screen opens), chooses the front end, and runs it. Used by
 * {@code practice} and by {@code mockloop} with no arguments (the home screen).
 */
final class PracticeLauncher {
  private PracticeLauncher() {}

  static int run(RootCommand root, RoundSettings settings, Optional<PlanRequest> direct,
      PrintWriter out, PrintWriter err) throws Exception {
    return run(root, settings, direct, false, out, err);
  }

  /** As above; {@code plain} asks for line mode even where the TUI could run. */
  static int run(RootCommand root, RoundSettings settings, Optional<PlanRequest> direct,
      boolean plain, PrintWriter out, PrintWriter err) throws Exception {
    Bank bank = Banks.load(root);
    if (direct.isPresent()) {
      try {
        LoopPlanner.plan(bank, direct.get());
      } catch (PlanException e) {
        throw UserException.invalid(e.getMessage());
      }
    }
    boolean console = System.console() != null;
    if (plain || FrontEnd.choose(root.env(), console) != FrontEnd.TUI) {
      if (!plain) {
        err.println("mockloop: " + FrontEnd.reason(root.env(), console) + "; using plain line"
            + " mode (end each answer with a line holding only '.').");
      }
      err.flush();
      out.flush();
      return PracticeLine.run(root, bank, settings, direct, console);
    }
    TuiContext ctx = new TuiContext(bank, new Scorer(bank.glossary()),
        new SessionStore(root.sessionsDir()), Clock.systemUTC(), root.noColor(), settings);
    List<Path> saved = Tui.run(ctx, direct);
    for (Path p : saved) {
      out.println("Transcript saved: " + p);
    }
    out.flush();
    return 0;
  }
}
