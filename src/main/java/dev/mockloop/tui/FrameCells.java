package dev.mockloop.tui;

import com.googlecode.lanterna.TerminalSize;
import java.util.Arrays;

/**
 * The first frame's cells in mockloop's own buffer, a code point and a {@link Style} each, so that
 * the frame is drawn without Lanterna's screen characters (each of which checks with the JDK's
 * break rules that it holds one grapheme, and the rules take longer to load than the frame to
 * draw). A double-width character's cells are kept as Lanterna's screen buffer keeps them: the cell
 * after it becomes a blank of its style, and a character put on that blank turns the double-width
 * one before it into a blank of its own style, so that {@link AnsiFrame} shows what Lanterna's
 * first refresh of the same drawing shows.
 */
final class FrameCells implements Cells {
  final int cols;
  final int rows;
  private final int[] codePoints;
  private final Style[] styles;

  FrameCells(TerminalSize size) {
    cols = size.getColumns();
    rows = size.getRows();
    codePoints = new int[cols * rows];
    styles = new Style[cols * rows];
    clear();
  }

  @Override
  public void put(int col, int row, char ch, Style style) {
    set(col, row, ch, style);
  }

  @Override
  public void putWide(int col, int row, int codePoint, Style style) {
    set(col, row, codePoint, style);
  }

  @Override
  public void clear() {
    Arrays.fill(codePoints, ' ');
    Arrays.fill(styles, Style.PLAIN);
  }

  private void set(int col, int row, int cp, Style style) {
    if (col < 0 || row < 0 || col >= cols || row >= rows) {
      return;
    }
    int i = row * cols + col;
    if (col > 0 && wide(codePoints[i - 1])) {
      codePoints[i - 1] = ' ';
    }
    codePoints[i] = cp;
    styles[i] = style;
    if (wide(cp) && col + 1 < cols) {
      codePoints[i + 1] = ' ';
      styles[i + 1] = style;
    }
  }

  /** The code point at a cell. */
  int at(int col, int row) {
    return codePoints[row * cols + col];
  }

  /** The style of a cell. */
  Style style(int col, int row) {
    return styles[row * cols + col];
  }

  /** Whether a code point takes two cells (as Lanterna's {@code TextCharacter.isDoubleWidth}). */
  static boolean wide(int cp) {
    return cp >= 0x1100 && Glyphs.columns(cp) == 2;
  }
}
