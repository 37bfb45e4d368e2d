package dev.mockloop.tui;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.AbstractInteractableComponent;
import com.googlecode.lanterna.gui2.InteractableRenderer;
import com.googlecode.lanterna.gui2.TextGUIGraphics;
import com.googlecode.lanterna.input.KeyStroke;

/**
 * The one Lanterna component of the app: it fills the window, hands every key to the {@link App},
 * and draws the current view. Our own views do layout and word wrap, so the TUI's behaviour does
 * not depend on Lanterna widgets (TextBox has no word wrap and drops control characters).
 */
final class HostComponent extends AbstractInteractableComponent<HostComponent> {
  private final App app;
  private final Theme theme;
  private TerminalSize lastSize = new TerminalSize(MinSize.COLS, MinSize.ROWS);

  HostComponent(App app, Theme theme) {
    this.app = app;
    this.theme = theme;
  }

  @Override
  protected InteractableRenderer<HostComponent> createDefaultRenderer() {
    return new InteractableRenderer<>() {
      @Override
      public TerminalPosition getCursorLocation(HostComponent c) {
        return app.cursor(new Canvas(null, lastSize, theme));
      }

      @Override
      public TerminalSize getPreferredSize(HostComponent c) {
        return new TerminalSize(MinSize.COLS, MinSize.ROWS);
      }

      @Override
      public void drawComponent(TextGUIGraphics g, HostComponent c) {
        lastSize = g.getSize();
        app.draw(new Canvas(g, lastSize, theme));
      }
    };
  }

  @Override
  protected Result handleKeyStroke(KeyStroke k) {
    app.key(k);
    invalidate();
    return Result.HANDLED;
  }

  /** Time passed: forwards the tick and asks for a redraw. */
  void tick() {
    app.tick();
    invalidate();
  }
}
