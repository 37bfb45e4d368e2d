package dev.mockloop.tui;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.Terminal;
import java.io.IOException;

/**
 * The first frame, painted before Lanterna's screen is made: the app draws into mockloop's own
 * cells ({@link FrameCells}), written to the terminal as escape sequences ({@link AnsiFrame}) as
 * soon as it is raw and its size known. Lanterna's screen, whose first character waits for the
 * JDK's break rules, is made after it; its first refresh paints the same cells again, in one write
 * with the clear before it, as every new screen does. Keys typed in between wait in the terminal's
 * input (it is raw already) for the key reader.
 */
final class FirstFrame {
  private FirstFrame() {}

  /**
   * Paints {@code app}'s frame on {@code terminal} when it is mockloop's own ({@link
   * BufferedTerminal}), which then counts as in its private mode; on any other terminal, nothing.
   */
  static void paint(Terminal terminal, App app) throws IOException {
    if (!(terminal instanceof BufferedTerminal out)) {
      return;
    }
    byte[] frame;
    synchronized (app) {
      frame = render(app, terminal.getTerminalSize());
    }
    out.paintFirst(frame);
    synchronized (app) {
      app.drawn(System.nanoTime());
    }
  }

  /** The escape sequences of {@code app}'s frame at {@code size} (call it under the app's lock). */
  static byte[] render(App app, TerminalSize size) {
    Theme theme = app.ctx().theme();
    FrameCells cells = new FrameCells(size);
    app.draw(new Canvas(cells, size, theme));
    TerminalPosition cursor = app.cursor(new Canvas(null, size, theme));
    return AnsiFrame.encode(cells, cursor);
  }
}
