package dev.mockloop.tui;

import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.Terminal;
import dev.mockloop.engine.DrillPlan;
import dev.mockloop.engine.PlanRequest;
import dev.mockloop.session.ExitSave;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Runs the full-screen TUI on the process's terminal until the user quits: a screen loop that
 * blocks until a key comes or the next tick is due ({@link KeyQueue}), handles keys as they come,
 * ticks five times a second (countdown, autosave), and restores the terminal in {@code finally}.
 * Ctrl-C is trapped and arrives as a key. Only call it after {@link FrontEnd#choose} said {@link
 * FrontEnd#TUI}.
 */
public final class Tui {
  private static final Duration TICK = Duration.ofMillis(200);

  private Tui() {}

  /**
   * @param terminal from {@link TerminalOpening#start()}; closed when the UI ends
   * @param direct a loop to start at once (the {@code practice} options), or empty for home
   * @param afterFirstFrame runs once the first frame is on screen (start-up work that frame does
   *     not need, such as building the scorer, waits for it)
   * @return the transcripts written in this run
   */
  public static List<Path> run(
      TerminalOpening terminal,
      TuiContext ctx,
      Optional<PlanRequest> direct,
      Runnable afterFirstFrame)
      throws IOException {
    return run(terminal, ctx, app -> app.start(direct), afterFirstFrame);
  }

  /** As above for {@code practice --drill}: the plan with its reasons shows before round 1. */
  public static List<Path> run(
      TerminalOpening terminal,
      TuiContext ctx,
      DrillPlan plan,
      PlanRequest request,
      Runnable afterFirstFrame)
      throws IOException {
    return run(terminal, ctx, app -> app.startDrill(plan, request), afterFirstFrame);
  }

  /** The review browser of past sessions as the first screen; leaving it quits. */
  public static void review(TuiContext ctx) throws IOException {
    run(TerminalOpening.start(), ctx, app -> app.show(new ReviewListView(app, false)), () -> {});
  }

  /**
   * Makes the first screen (the resume offer, home's choices, a round) while the terminal may still
   * be opening, then takes the terminal and runs the screen loop on it.
   */
  private static List<Path> run(
      TerminalOpening opening, TuiContext ctx, Consumer<App> first, Runnable afterFirstFrame)
      throws IOException {
    App app = new App(ctx);
    Thread hook = new Thread(exitHook(app), "mockloop-save-on-exit");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      try {
        synchronized (app) {
          first.accept(app);
        }
      } catch (RuntimeException | Error e) {
        opening.close();
        throw e;
      }
      show(opening.get(), app, afterFirstFrame);
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // the hook is already running; it saves the draft
      }
    }
    return app.practice().saved();
  }

  /** The screen loop on {@code terminal} until the app is done; the terminal closed after. */
  private static void show(Terminal terminal, App app, Runnable afterFirstFrame)
      throws IOException {
    try {
      TerminalScreen screen = new TerminalScreen(terminal);
      screen.startScreen();
      try {
        TuiDriver driver;
        synchronized (app) {
          driver = new TuiDriver(app, screen);
        }
        try (KeyQueue keys = KeyQueue.start(terminal);
            Suspend suspend =
                Suspend.install(
                    terminal,
                    app,
                    () -> {
                      driver.requestFullRedraw();
                      keys.wake();
                    })) {
          terminal.addResizeListener((t, size) -> keys.wake());
          loop(driver, keys, afterFirstFrame);
        }
      } finally {
        screen.stopScreen();
      }
    } finally {
      terminal.close();
    }
  }

  /**
   * What runs on SIGTERM or SIGHUP: saves the draft under the app's lock, but never waits for that
   * lock for longer than {@link ExitSave#WAIT} (the loop may be blocked holding it).
   */
  static Runnable exitHook(App app) {
    return () ->
        ExitSave.run(
            save -> {
              synchronized (app) {
                save.run();
              }
            },
            app.practice()::emergencySave,
            ExitSave.WAIT);
  }

  /**
   * Waits for a key at most until the next tick; handles it and every key already queued (a paste
   * draws once), ticks when due, and redraws what changed, all under the app's lock. End of input
   * ends the UI as Lanterna's own loop does ({@link EOFException}).
   */
  private static void loop(TuiDriver driver, KeyQueue keys, Runnable afterFirstFrame)
      throws IOException {
    App app = driver.app();
    long nextTick = System.nanoTime();
    Runnable pending = afterFirstFrame;
    synchronized (app) {
      driver.redraw();
    }
    while (true) {
      KeyQueue.Arrival k;
      try {
        k = keys.next(nextTick - System.nanoTime());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        synchronized (app) {
          app.quit();
        }
        return;
      }
      synchronized (app) {
        for (; k != null; k = keys.poll()) {
          if (k.key().getKeyType() == KeyType.EOF) {
            throw new EOFException();
          }
          driver.key(k.key(), k.at());
        }
        // no tick once the user has quit: the run is ended, and a tick of its quit round would
        // show that round's end (its results) for a run that is no longer there
        if (!app.done() && System.nanoTime() - nextTick >= 0) {
          driver.tick();
          nextTick = System.nanoTime() + TICK.toNanos();
        }
        driver.redraw();
        if (app.done()) {
          return;
        }
      }
      if (pending != null) {
        pending.run();
        pending = null;
      }
    }
  }
}
