package dev.mockloop.tui;

import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.screen.Screen;

/**
 * A Lanterna screen's back buffer as a {@link Canvas}'s cells: each character made once per style
 * ({@link Style#cell}), the screen cleared at once by its own {@code clear} (a row at a time, where
 * painting went through every cell's checks).
 */
final class ScreenCells implements Cells {
  private final Screen screen;
  private final TextGraphics g;

  ScreenCells(Screen screen) {
    this.screen = screen;
    this.g = screen.newTextGraphics();
  }

  @Override
  public void put(int col, int row, char ch, Style style) {
    g.setCharacter(col, row, style.cell(ch));
  }

  /** Lanterna's {@code putString} draws a surrogate pair as two '?': the pair goes in as one. */
  @Override
  public void putWide(int col, int row, int codePoint, Style style) {
    TextCharacter[] made =
        TextCharacter.fromString(
            Character.toString(codePoint),
            style.fg().lanterna(),
            style.bg().lanterna(),
            style.modifiers());
    g.setCharacter(col, row, made[0]);
  }

  @Override
  public void clear() {
    screen.clear();
  }
}
