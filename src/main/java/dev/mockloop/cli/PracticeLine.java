package dev.mockloop.cli;

import dev.mockloop.bank.Bank;
import dev.mockloop.engine.PlanException;
import dev.mockloop.engine.PlanRequest;
import dev.mockloop.engine.RoundSettings;
import dev.mockloop.line.InputEnded;
import dev.mockloop.line.LineContext;
import dev.mockloop.line.LineMode;
import dev.mockloop.scoring.Scorer;
import dev.mockloop.session.SessionException;
import dev.mockloop.session.SessionStore;
import java.util.Optional;

/**
 * Starts line mode for {@code practice --plain}, {@code TERM=dumb} or piped stdin, with the same
 * scorer, store and clock the TUI gets. Input that ends in the middle of a round exits 1 with
 * {@link InputEnded}'s message (what happened, where the session is, how to resume it). The TUI is
 * not opened in this run, so Lanterna and JLine never hold the terminal at once.
 */
final class PracticeLine {
  private PracticeLine() {}

  static int run(
      RootCommand root,
      Bank bank,
      Scorer scorer,
      RoundSettings settings,
      Optional<PlanRequest> direct,
      boolean interactive)
      throws Exception {
    LineContext ctx =
        new LineContext(
            bank,
            scorer,
            new SessionStore(root.sessionsDir()),
            root.context().clock(),
            root.noColor(),
            interactive,
            settings,
            null);
    try {
      LineMode.run(ctx, direct, root.env());
      return 0;
    } catch (InputEnded e) {
      // the session is saved; the run did not finish: a failure (exit 1), not bad usage
      throw new UserException(1, e.getMessage(), e);
    } catch (PlanException e) {
      throw UserException.invalid(e.getMessage());
    } catch (SessionException e) {
      throw new UserException(1, e.getMessage(), e);
    }
  }
}
