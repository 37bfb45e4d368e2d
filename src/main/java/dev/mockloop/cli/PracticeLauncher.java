package dev.mockloop.cli;

import com.googlecode.lanterna.terminal.Terminal;
import dev.mockloop.bank.Bank;
import dev.mockloop.bank.Listing;
import dev.mockloop.engine.DrillPlan;
import dev.mockloop.engine.LoopPlanner;
import dev.mockloop.engine.PlanException;
import dev.mockloop.engine.PlanRequest;
import dev.mockloop.engine.RoundSettings;
import dev.mockloop.scoring.Scorer;
import dev.mockloop.session.SessionStore;
import dev.mockloop.session.StartAhead;
import dev.mockloop.session.TranscriptYaml;
import dev.mockloop.tui.FrontEnd;
import dev.mockloop.tui.Tui;
import dev.mockloop.tui.TuiContext;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Wires a practice run: loads the bank, checks the requested loop can be planned (so a bad {@code
 * --scenario} fails before the screen opens), chooses the front end, and runs it. Used by {@code
 * practice} and by {@code mockloop} with no arguments (the home screen).
 */
final class PracticeLauncher {
  private PracticeLauncher() {}

  static int run(
      RootCommand root,
      RoundSettings settings,
      Optional<PlanRequest> direct,
      PrintWriter out,
      PrintWriter err)
      throws Exception {
    return run(root, settings, direct, false, out, err, null, BankInBackground.of(root));
  }

  /**
   * As above; {@code plain} asks for line mode even where the TUI could run; {@code drill} (may be
   * null) is the plan behind {@code direct}, which the TUI shows before the first round (line mode
   * has printed it already); {@code bank} gives the whole bank.
   */
  static int run(
      RootCommand root,
      RoundSettings settings,
      Optional<PlanRequest> direct,
      boolean plain,
      PrintWriter out,
      PrintWriter err,
      DrillPlan drill,
      BankInBackground bank)
      throws Exception {
    boolean home = direct.isEmpty();
    boolean console = FrontEnd.hasConsole();
    if (plain || FrontEnd.choose(root.env(), console) != FrontEnd.TUI) {
      CompletableFuture<Scorer> scorer =
          bank.start().thenApplyAsync(b -> warm(new Scorer(b.glossary()), b));
      Bank b = bank.get();
      check(b, direct);
      if (!plain) {
        err.println(
            "mockloop: "
                + FrontEnd.reason(root.env(), console)
                + "; using plain line"
                + " mode (end each answer with a line holding only '.').");
      }
      err.flush();
      out.flush();
      return PracticeLine.run(root, b, join(scorer), settings, direct, console);
    }
    // the home screen draws from the bank's listing, which decodes while the terminal is set up;
    // a loop given on the command line needs the whole bank first, to check it can be planned,
    // and is planned once on the loading thread too, so that its scenarios are decoded by then
    // (the round's first save waits for its first frame, and makes the YAML writer itself)
    CompletableFuture<Listing> listing =
        home ? CompletableFuture.supplyAsync(() -> Banks.listing(root)) : null;
    CompletableFuture<PlannedBank> planned =
        home ? null : bank.start().thenApply(b -> PlannedBank.of(b, direct.get()));
    CompletableFuture<Scorer> scorer = new CompletableFuture<>();
    Terminal terminal = Tui.openTerminal();
    TuiContext ctx;
    StartAhead ahead = StartAhead.none();
    try {
      SessionStore store = new SessionStore(root.sessionsDir());
      DeferredScorer deferred = new DeferredScorer(scorer);
      if (home) {
        ctx =
            new TuiContext(
                join(listing),
                bank,
                deferred,
                store,
                root.context().clock(),
                root.noColor(),
                settings);
      } else {
        if (drill == null) { // what needs no bank is done while the bank loads
          ahead = StartAhead.look(store, root.context().clock());
        }
        Bank b = join(planned).checked();
        ctx = new TuiContext(b, deferred, store, root.context().clock(), root.noColor(), settings);
      }
    } catch (Exception e) {
      ahead.close();
      terminal.close();
      throw e;
    }
    // what the first frame does not need waits for it: the whole bank (home screen), then the
    // scorer (Lucene's analysis chain, the glossary), built while the user reads; a quick submit
    // waits for what is left
    Runnable afterFirstFrame =
        () -> {
          if (home) {
            CompletableFuture.runAsync(TranscriptYaml::prepareWriter);
          }
          bank.start()
              .thenApplyAsync(b -> warm(new Scorer(b.glossary()), b))
              .whenComplete(
                  (built, failed) -> {
                    if (failed != null) {
                      scorer.completeExceptionally(failed);
                    } else {
                      scorer.complete(built);
                    }
                  });
        };
    List<Path> saved;
    try (StartAhead taken = ahead) {
      saved =
          drill != null && direct.isPresent()
              ? Tui.run(terminal, ctx, drill, direct.get(), afterFirstFrame)
              : Tui.run(terminal, ctx, direct, taken, afterFirstFrame);
    }
    for (Path p : saved) {
      out.println("Transcript saved: " + p);
    }
    out.flush();
    return 0;
  }

  private static void check(Bank bank, Optional<PlanRequest> direct) {
    if (direct.isPresent()) {
      try {
        LoopPlanner.plan(bank, direct.get());
      } catch (PlanException e) {
        throw UserException.invalid(e.getMessage());
      }
    }
  }

  /** Scores one throw-away answer so the first real submit does not wait for warm-up. */
  private static Scorer warm(Scorer scorer, Bank bank) {
    bank.scenarios().stream()
        .findFirst()
        .ifPresent(
            s ->
                CompletableFuture.runAsync(() -> scorer.warmUp(s, s.levelSet().iterator().next())));
    return scorer;
  }

  private static <T> T join(CompletableFuture<T> f) throws Exception {
    try {
      return f.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof Exception cause) {
        throw cause;
      }
      throw e;
    }
  }
}
