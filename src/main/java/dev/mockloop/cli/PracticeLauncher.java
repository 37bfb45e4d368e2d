package dev.mockloop.cli;

import com.googlecode.lanterna.terminal.Terminal;
import dev.mockloop.bank.Bank;
import dev.mockloop.engine.DrillPlan;
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
    return run(root, settings, direct, false, out, err);
  }

  /** As above; {@code plain} asks for line mode even where the TUI could run. */
  static int run(
      RootCommand root,
      RoundSettings settings,
      Optional<PlanRequest> direct,
      boolean plain,
      PrintWriter out,
      PrintWriter err)
      throws Exception {
    return run(root, settings, direct, plain, out, err, null);
  }

  /**
   * As above; {@code drill} (may be null) is the plan behind {@code direct}, which the TUI shows
   * before the first round (line mode has printed it already).
   */
  static int run(
      RootCommand root,
      RoundSettings settings,
      Optional<PlanRequest> direct,
      boolean plain,
      PrintWriter out,
      PrintWriter err,
      DrillPlan drill)
      throws Exception {
    CompletableFuture<Bank> bank = CompletableFuture.supplyAsync(() -> Banks.load(root));
    boolean console = System.console() != null;
    if (plain || FrontEnd.choose(root.env(), console) != FrontEnd.TUI) {
      CompletableFuture<Scorer> scorer =
          bank.thenApplyAsync(b -> warm(new Scorer(b.glossary()), b));
      Bank b = join(bank);
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
    // the terminal is set up while the bank loads; both take a few hundred milliseconds
    CompletableFuture<Scorer> scorer = new CompletableFuture<>();
    Terminal terminal = Tui.openTerminal();
    TuiContext ctx;
    try {
      Bank b = join(bank);
      check(b, direct);
      // the first frame needs the bank, not the scorer: it is built (Lucene's analysis chain,
      // the glossary) once that frame is up, while the user reads; a quick submit waits for it
      ctx =
          new TuiContext(
              b,
              new DeferredScorer(scorer),
              new SessionStore(root.sessionsDir()),
              root.context().clock(),
              root.noColor(),
              settings);
    } catch (Exception e) {
      terminal.close();
      throw e;
    }
    Bank built = ctx.bank();
    Runnable warmScorer =
        () ->
            CompletableFuture.runAsync(
                () -> {
                  try {
                    scorer.complete(warm(new Scorer(built.glossary()), built));
                  } catch (RuntimeException | Error e) {
                    scorer.completeExceptionally(e);
                  }
                });
    List<Path> saved =
        drill != null && direct.isPresent()
            ? Tui.run(terminal, ctx, drill, direct.get(), warmScorer)
            : Tui.run(terminal, ctx, direct, warmScorer);
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
                CompletableFuture.runAsync(
                    () -> scorer.scoreMain("warm up", s, s.levelSet().iterator().next())));
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
