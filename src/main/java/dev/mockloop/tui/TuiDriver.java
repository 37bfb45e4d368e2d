package dev.mockloop.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import java.io.EOFException;
import java.io.IOException;
import java.util.function.LongSupplier;

/**
 * Binds an {@link App} to a Lanterna screen: keys go to the app, and a redraw draws the whole app
 * on the screen's back buffer and refreshes it (Lanterna sends only the cells that changed). The
 * real TUI hands it keys from its {@link KeyQueue} and redraws in a loop; tests step it by hand on
 * a virtual terminal ({@link #step}).
 *
 * <p>It draws on the screen itself, not through Lanterna's window toolkit ({@code gui2}): the app
 * does its own layout in one full-screen view, and the toolkit's first use loads and parses every
 * theme Lanterna bundles (its constructor asks for the default theme), which cost as much CPU as
 * the rest of the home screen's first frame.
 */
final class TuiDriver {
  private final App app;
  private final Screen screen;
  private final Theme theme;
  private final LongSupplier nanos;
  private boolean dirty = true;
  private volatile boolean fullRedraw;

  TuiDriver(App app, Screen screen) {
    this(app, screen, System::nanoTime);
  }

  /**
   * As above, with the clock that times keys and frames ({@code System.nanoTime} for the real
   * terminal; tests step their own), which tells keys typed ahead of a new screen ({@link
   * TypeAhead}).
   */
  TuiDriver(App app, Screen screen, LongSupplier nanos) {
    this.app = app;
    this.screen = screen;
    this.theme = app.ctx().theme();
    this.nanos = nanos;
  }

  /**
   * Starts, on another thread, what a first frame drawn by Lanterna would otherwise wait for: the
   * JDK's character break rules, which Lanterna's first character loads from the runtime image
   * (every {@link TextCharacter} checks that it holds one grapheme). Only where the first frame is
   * Lanterna's (not mockloop's Unix terminal, {@link FirstFrame}).
   */
  static void prepare() {
    Thread t = new Thread(() -> TextCharacter.fromCharacter('x'), "mockloop-chars");
    t.setDaemon(true);
    t.start();
  }

  /**
   * Handles the keys pending on the screen's terminal, then redraws when needed; true when it drew.
   * Tests step this way (keys added to a virtual terminal). End of input throws {@link
   * EOFException}.
   */
  boolean step() throws IOException {
    KeyStroke k = screen.pollInput();
    try {
      while (k != null) {
        if (k.getKeyType() == KeyType.EOF) {
          throw new EOFException();
        }
        KeyStroke next = screen.pollInput(); // keys queued together came as one paste
        key(k, nanos.getAsLong(), next != null && next.getKeyType() == KeyType.Character);
        k = next;
      }
    } finally {
      keysHandled();
    }
    return redraw();
  }

  /**
   * Hands the app {@code k} and every key queued right behind it (a paste), then says they are
   * handled ({@link #keysHandled}), even when a key ended the UI. End of input throws {@link
   * EOFException}.
   */
  void keys(KeyQueue.Arrival k, KeyQueue queue) throws EOFException {
    try {
      while (k != null) {
        if (k.key().getKeyType() == KeyType.EOF) {
          throw new EOFException();
        }
        // under a y/n question, a character waits a moment for the rest of a paste
        KeyQueue.Arrival next =
            queue.after(k, app.asking() && k.key().getKeyType() == KeyType.Character);
        key(k.key(), k.at(), KeyQueue.pasted(k, next));
        k = next;
      }
    } finally {
      keysHandled();
    }
  }

  /**
   * One key, which arrived at {@code at} on this driver's clock, to the app; {@code pasted} when a
   * character came right behind it (a paste).
   */
  void key(KeyStroke k, long at, boolean pasted) {
    app.key(k, at, pasted);
    dirty = true;
  }

  /**
   * The keys that came together are handled (the loop calls it once per batch, even when a key
   * ended the UI): what they typed goes to the run ({@link View#keysHandled}), once per batch and
   * not per key, so a paste of n characters reads the answer's text once, not n times.
   */
  void keysHandled() {
    if (!app.done()) { // once quit, the run is ended and saved
      app.view().keysHandled();
    }
  }

  /**
   * Redraws when something changed (a key, a tick, a resize, a full redraw asked for) without
   * reading input (the real terminal's keys come through {@link #key}); true when it drew.
   */
  boolean redraw() throws IOException {
    boolean resized = screen.doResizeIfNecessary() != null;
    boolean full = fullRedraw;
    if (!dirty && !resized && !full) {
      return false;
    }
    dirty = false;
    fullRedraw = false;
    TerminalSize size = screen.getTerminalSize();
    app.draw(new Canvas(new ScreenCells(screen), size, theme));
    screen.setCursorPosition(app.cursor(new Canvas(null, size, theme)));
    screen.refresh(full ? Screen.RefreshType.COMPLETE : Screen.RefreshType.AUTOMATIC);
    app.drawn(nanos.getAsLong());
    return true;
  }

  /** The terminal lost what was on it (back from Ctrl-Z): the next redraw repaints every cell. */
  void requestFullRedraw() {
    fullRedraw = true;
  }

  /** Delivers a timer tick; the next redraw draws. */
  void tick() {
    app.tick();
    dirty = true;
  }

  App app() {
    return app;
  }
}
