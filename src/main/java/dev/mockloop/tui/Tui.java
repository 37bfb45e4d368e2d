package dev.mockloop.tui;

import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.DefaultTerminalFactory;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal.CtrlCBehaviour;
import dev.mockloop.engine.PlanRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Runs the full-screen TUI on the process's terminal until the user quits: a timed screen loop
 * that handles keys as they come, ticks five times a second (countdown, autosave), and restores
 * the terminal in {@code finally}. Ctrl-C is trapped and arrives as a key. Only call it after
 * {@link FrontEnd#choose} said {@link FrontEnd#TUI}.
 */
public final class Tui {
  private static final Duration TICK = Duration.ofMillis(200);

  private Tui() {}

  /**
   * @param direct a loop to start at once (the {@code practice} options), or empty for home
   * @return the transcripts written in this run
   */
  public static List<Path> run(TuiContext ctx, Optional<PlanRequest> direct) throws IOException {
    return run(ctx, app -> app.start(direct));
  }

  /** The review browser of past sessions as the first screen; leaving it quits. */
  public static void review(TuiContext ctx) throws IOException {
    run(ctx, app -> app.show(ReviewHook.browser(app, false)));
  }

  private static List<Path> run(TuiContext ctx, java.util.function.Consumer<App> first)
      throws IOException {
    Terminal terminal = new DefaultTerminalFactory(System.out, System.in, StandardCharsets.UTF_8)
        .setForceTextTerminal(true)
        .setUnixTerminalCtrlCBehaviour(CtrlCBehaviour.TRAP)
        .createTerminal();
    TerminalScreen screen = new TerminalScreen(terminal);
    App app = new App(ctx);
    Thread hook = new Thread(() -> {
      synchronized (app) {
        app.emergencySave();
      }
    }, "mockloop-save-on-exit");
    screen.startScreen();
    try {
      Runtime.getRuntime().addShutdownHook(hook);
      TuiDriver driver;
      synchronized (app) {
        first.accept(app);
        driver = new TuiDriver(app, screen);
      }
      loop(driver);
    } finally {
      screen.stopScreen();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // the hook is already running; it saves the draft
      }
    }
    return app.saved();
  }

  private static void loop(TuiDriver driver) throws IOException {
    App app = driver.app();
    long nextTick = System.nanoTime();
    while (true) {
      boolean busy;
      synchronized (app) {
        if (System.nanoTime() - nextTick >= 0) {
          driver.tick();
          nextTick = System.nanoTime() + TICK.toNanos();
        }
        busy = driver.step();
        if (app.done()) {
          return;
        }
      }
      if (!busy) {
        try {
          Thread.sleep(8);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          synchronized (app) {
            app.quit();
          }
          return;
        }
      }
    }
  }
}
