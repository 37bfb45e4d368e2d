package dev.mockloop.tui;

import com.googlecode.lanterna.gui2.BasicWindow;
import com.googlecode.lanterna.gui2.MultiWindowTextGUI;
import com.googlecode.lanterna.gui2.SameTextGUIThread;
import com.googlecode.lanterna.gui2.Window;
import com.googlecode.lanterna.screen.Screen;
import java.io.IOException;
import java.util.List;

/**
 * Binds an {@link App} to a Lanterna screen: one full-screen window holding the
 * {@link HostComponent}, with a {@link SameTextGUIThread} that the caller steps. The real TUI
 * steps it in a loop; tests step it by hand on a virtual terminal.
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

  /** Handles pending input and redraws when needed; true when something was processed. */
  boolean step() throws IOException {
    boolean busy = gui.getGUIThread().processEventsAndUpdate();
    if (fullRedraw) {
      fullRedraw = false;
      gui.getScreen().refresh(Screen.RefreshType.COMPLETE);
      return true;
    }
    return busy;
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
