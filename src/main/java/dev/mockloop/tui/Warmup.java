package dev.mockloop.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.mockloop.engine.PlanRequest;
import java.io.IOException;
import java.util.Optional;

/**
 * Draws the home screen, a round, and its results on an off-screen terminal, so that a training run
 * for the launcher's AppCDS archive loads the classes the first real frames need. Sessions go to
 * the context's store (give it a throw-away folder).
 */
public final class Warmup {
  private Warmup() {}

  public static void render(TuiContext ctx, PlanRequest round) throws IOException {
    DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(100, 30));
    TerminalScreen screen = new TerminalScreen(terminal);
    screen.startScreen();
    try {
      App home = new App(ctx);
      home.start(Optional.empty());
      FirstFrame.render(home, terminal.getTerminalSize()); // the real first frame's way
      new TuiDriver(home, screen).step();
      App app = new App(ctx);
      app.start(Optional.of(round));
      FirstFrame.render(app, terminal.getTerminalSize());
      TuiDriver driver = new TuiDriver(app, screen);
      driver.step();
      for (char c : "DynamoDB with DAX, p99 under 4 ms.".toCharArray()) {
        terminal.addInput(new KeyStroke(c, false, false));
      }
      terminal.addInput(new KeyStroke('d', true, false));
      for (int i = 0; i < 64 && driver.step(); i++) {
        // drain the typed keys and the submit
      }
      driver.tick();
      driver.step();
      app.quit();
    } finally {
      screen.stopScreen();
    }
  }
}
