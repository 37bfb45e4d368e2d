package dev.mockloop.tui;

import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.bundle.LanternaThemes;
import com.googlecode.lanterna.gui2.BasicWindow;
import com.googlecode.lanterna.gui2.MultiWindowTextGUI;
import com.googlecode.lanterna.gui2.SameTextGUIThread;
import com.googlecode.lanterna.gui2.Window;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.screen.Screen;
import java.io.IOException;
import java.util.List;

/**
 * Binds an {@link App} to a Lanterna screen: one full-screen window holding the {@link
 * HostComponent}, with a {@link SameTextGUIThread} that the caller steps. The real TUI steps it in
 * a loop; tests step it by hand on a virtual terminal.
 */
final class TuiDriver {
  private final App app;
  private final MultiWindowTextGUI gui;
  private final HostComponent host;
  private volatile boolean fullRedraw;

  TuiDriver(App app, Screen screen) {
    this.app = app;
    this.gui = new MultiWindowTextGUI(new SameTextGUIThread.Factory(), screen);
    this.host = new HostComponent(app, app.ctx().theme());
    BasicWindow window = new BasicWindow();
    window.setHints(List.of(Window.Hint.FULL_SCREEN, Window.Hint.NO_DECORATIONS));
    window.setComponent(host);
    gui.addWindow(window);
    window.setFocusedInteractable(host);
  }

  /**
   * Starts, on another thread, what the first screen and driver would wait for: the JDK's character
   * break rules (Lanterna's first character asks for them), then Lanterna's themes (it loads and
   * parses every theme it bundles when the first GUI is made; its default theme comes from that
   * registry).
   */
  static void prepare() {
    Thread t =
        new Thread(
            () -> {
              // first what the screen needs first: Lanterna's characters find their grapheme
              // clusters with the JDK's BreakIterator, whose rules load from the runtime image
              TextCharacter.fromCharacter('x');
              LanternaThemes.getDefaultTheme();
            },
            "mockloop-themes");
    t.setDaemon(true);
    t.start();
  }

  /**
   * Handles input pending on the screen and redraws when needed; true when something was processed.
   * Tests step this way (keys added to a virtual terminal).
   */
  boolean step() throws IOException {
    boolean busy = gui.getGUIThread().processEventsAndUpdate();
    if (fullRedraw) {
      fullRedraw = false;
      gui.getScreen().refresh(Screen.RefreshType.COMPLETE);
      return true;
    }
    return busy;
  }

  /** One key from the real terminal's {@link KeyQueue}, to the app as if Lanterna read it. */
  void key(KeyStroke k) {
    host.handleInput(k);
  }

  /**
   * Redraws when something changed (a key, a tick, a resize) without reading input (the real
   * terminal's keys come through {@link #key}); true when it drew.
   */
  boolean redraw() throws IOException {
    if (fullRedraw) {
      fullRedraw = false;
      gui.updateScreen();
      gui.getScreen().refresh(Screen.RefreshType.COMPLETE);
      return true;
    }
    if (gui.isPendingUpdate()) {
      gui.updateScreen();
      return true;
    }
    return false;
  }

  /** The terminal lost what was on it (back from Ctrl-Z): the next step repaints every cell. */
  void requestFullRedraw() {
    fullRedraw = true;
  }

  /** Delivers a timer tick. */
  void tick() {
    host.tick();
  }

  App app() {
    return app;
  }

  MultiWindowTextGUI gui() {
    return gui;
  }
}
