package dev.mockloop.cli;

import dev.mockloop.bank.Bank;
import dev.mockloop.bank.Glossary;
import dev.mockloop.scoring.Scorer;
import dev.mockloop.session.SessionStore;
import dev.mockloop.tui.FrontEnd;
import dev.mockloop.tui.Tui;
import dev.mockloop.tui.TuiContext;
import java.io.PrintWriter;
import java.util.List;

/** Opens the full-screen review browser for {@code mockloop review} in a terminal. */
final class ReviewBrowserLauncher {
  private ReviewBrowserLauncher() {}

  /** True when stdin/stdout is an interactive terminal that can show the full-screen UI. */
  static boolean canRun(RootCommand root) {
    return FrontEnd.choose(root.env(), FrontEnd.hasConsole()) == FrontEnd.TUI;
  }

  /**
   * Transcripts are self-contained and the browser opened this way quits rather than going home, so
   * it needs no question bank: it opens even when the bank has errors, and sooner.
   */
  static int run(RootCommand root, PrintWriter out) throws Exception {
    Bank none = new Bank("none", List.of(), Glossary.EMPTY);
    TuiContext ctx =
        new TuiContext(
            none,
            new Scorer(Glossary.EMPTY),
            new SessionStore(root.sessionsDir()),
            root.context().clock(),
            root.noColor(),
            null);
    Tui.review(ctx);
    out.flush();
    return 0;
  }
}
