package dev.mockloop.tui;

import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.Terminal;
import dev.mockloop.session.ExitSave;
import java.io.IOException;

/**
 * How the TUI ends: the draft saved on SIGTERM or SIGHUP, and the terminal restored on the way out,
 * including when its window closed (SIGHUP and end of input at once).
 */
final class TuiExit {
  private TuiExit() {}

  /**
   * What runs on SIGTERM or SIGHUP: saves the draft under the app's lock, but never waits for that
   * lock for longer than {@link ExitSave#WAIT} (the loop may be blocked holding it).
   */
  static Runnable hook(App app) {
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
   * Leaves the screen (null: none was made; closing leaves the first frame's private mode),
   * restores the terminal and removes {@code hook}. When the JVM is already shutting down (the
   * window closed), Lanterna's own shutdown hook may have left the screen first and removing a hook
   * is refused; neither is an error then, and the running hook saves the draft.
   */
  static void restore(TerminalScreen screen, Terminal terminal, Thread hook) throws IOException {
    try {
      if (screen != null) {
        screen.stopScreen();
      }
    } catch (IllegalStateException leftByLanternasHook) {
      // "Cannot call exitPrivateMode() when not in private mode": the screen is already left
    } finally {
      terminal.close();
    }
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // the hook is already running; it saves the draft
    }
  }
}
