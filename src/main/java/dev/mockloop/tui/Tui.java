package dev.mockloop.tui;

import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.DefaultTerminalFactory;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal.CtrlCBehaviour;
import dev.mockloop.engine.DrillPlan;
import dev.mockloop.engine.PlanRequest;
import dev.mockloop.session.StartAhead;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
   * @param terminal from {@link #openTerminal()}; closed when the UI ends
   * @param direct a loop to start at once (the {@code practice} options), or empty for home
   * @return the transcripts written in this run
   */
  public static List<Path> run(Terminal terminal, TuiContext ctx, Optional<PlanRequest> direct)
      throws IOException {
    return run(terminal, ctx, direct, () -> {});
  }

  /**
   * As above; {@code afterFirstFrame} runs once the first frame is on screen (start-up work that
   * frame does not need, such as building the scorer, waits for it).
   */
  public static List<Path> run(
      Terminal terminal, TuiContext ctx, Optional<PlanRequest> direct, Runnable afterFirstFrame)
      throws IOException {
    return run(terminal, ctx, direct, StartAhead.none(), afterFirstFrame);
  }

  /** As above, with the resume check and the new session's id looked up {@code ahead}. */
  public static List<Path> run(
      Terminal terminal,
      TuiContext ctx,
      Optional<PlanRequest> direct,
      StartAhead ahead,
      Runnable afterFirstFrame)
      throws IOException {
    return run(terminal, ctx, ahead, app -> app.start(direct), afterFirstFrame);
  }

  /** As above for {@code practice --drill}: the plan with its reasons shows before round 1. */
  public static List<Path> run(
      Terminal terminal,
      TuiContext ctx,
      DrillPlan plan,
      PlanRequest request,
      Runnable afterFirstFrame)
      throws IOException {
    return run(
        terminal, ctx, StartAhead.none(), app -> app.startDrill(plan, request), afterFirstFrame);
  }

  /** The review browser of past sessions as the first screen; leaving it quits. */
  public static void review(TuiContext ctx) throws IOException {
    run(
        openTerminal(),
        ctx,
        StartAhead.none(),
        app -> app.show(new ReviewListView(app, false)),
        () -> {});
  }

  private static List<Path> run(
      Terminal terminal,
      TuiContext ctx,
      StartAhead ahead,
      Consumer<App> first,
      Runnable afterFirstFrame)
      throws IOException {
    App app = new App(ctx, ahead);
    Thread hook = new Thread(TuiExit.hook(app), "mockloop-save-on-exit");
    TerminalScreen screen = null;
    try {
      Runtime.getRuntime().addShutdownHook(hook);
      synchronized (app) {
        first.accept(app);
      }
      FirstFrame.paint(terminal, app); // before Lanterna's screen, whose characters wait to load
      screen = new TerminalScreen(terminal);
      screen.startScreen();
      TuiDriver driver = new TuiDriver(app, screen);
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
      } catch (EOFException closed) {
        // the terminal's input ended (its window closed): keep what is typed, as quitting does
        synchronized (app) {
          app.quit();
        }
      }
    } finally {
      TuiExit.restore(screen, terminal, hook);
    }
    return app.practice().saved();
  }

  /**
   * Opens the process's terminal in raw mode with Ctrl-C trapped (it arrives as a key), as
   * Lanterna's {@code DefaultTerminalFactory} would on Unix once {@link FrontEnd#choose} has said
   * there is a terminal, in fewer {@code stty} calls ({@link RawTerminal}). Close it (or pass it to
   * {@link #run}) to restore the terminal settings.
   */
  public static Terminal openTerminal() throws IOException {
    if (!System.getProperty("os.name", "").startsWith("Windows")) {
      // the first frame is drawn without Lanterna's characters (FirstFrame), and their break rules
      // load after it: on another thread before it, they took CPU the frame needed
      return RawTerminal.standard(StandardCharsets.UTF_8);
    }
    TuiDriver.prepare(); // on another thread, while the terminal opens
    return new DefaultTerminalFactory(System.out, System.in, StandardCharsets.UTF_8)
        .setForceTextTerminal(true)
        .setUnixTerminalCtrlCBehaviour(CtrlCBehaviour.TRAP)
        .createTerminal();
  }

  /**
   * Waits for a key at most until the next tick; handles it and every key already queued (a paste
   * draws once, and its text goes to the run once: {@link TuiDriver#keys}), ticks when due, and
   * redraws what changed, all under the app's lock. End of input (the window closed) ends the UI
   * with {@link EOFException}, after which {@link #run} keeps what is typed, as quitting does.
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
        driver.keys(k, keys);
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
