package dev.mockloop.cli;

import dev.mockloop.scoring.Scorer;
import dev.mockloop.session.SessionStore;
import dev.mockloop.tui.FrontEnd;
import dev.mockloop.tui.Tui;
import dev.mockloop.tui.TuiContext;
import java.io.PrintWriter;
import java.time.Clock;

/** Opens the full-screen review browser for {@code mockloop review} in a terminal. */
final class ReviewBrowserLauncher {
  private ReviewBrowserLauncher() {}

  /** True when stdin/stdout is an interactive terminal that can show the full-screen UI. */
  static boolean canRun(RootCommand root) {
    return FrontEnd.choose(root.env(), System.console() != null) == FrontEnd.TUI;
  }

  static int run(RootCommand root, PrintWriter out) throws Exception {
    var bank = Banks.load(root);
    TuiContext ctx = new TuiContext(bank, new Scorer(bank.glossary()),
        new SessionStore(root.sessionsDir()), Clock.systemUTC(), root.noColor(), null);
    Tui.review(ctx);
    out.flush();
    return 0;
  }
}
