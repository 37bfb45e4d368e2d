package dev.mockloop.tui;

import com.googlecode.lanterna.TerminalSize;
import java.util.List;

/**
 * Where a view draws: the cells of the whole screen ({@link Cells}: a Lanterna screen, or the first
 * frame's own buffer), its size and the theme. Text goes in cell by cell.
 */
final class Canvas {
  private final Cells cells;
  final TerminalSize size;
  final Theme theme;

  /** {@code cells} may be null for a canvas that only measures (where the cursor goes). */
  Canvas(Cells cells, TerminalSize size, Theme theme) {
    this.cells = cells;
    this.size = size;
    this.theme = theme;
  }

  int width() {
    return size.getColumns();
  }

  int height() {
    return size.getRows();
  }

  /** Clears the screen to the normal style. */
  void clear() {
    cells.clear();
  }

  /** Paints rows {@code [from, to)} in a style. */
  void fill(int from, int to, Style s) {
    for (int r = Math.max(0, from); r < Math.min(to, height()); r++) {
      for (int c = 0; c < width(); c++) {
        cells.put(c, r, ' ', s);
      }
    }
  }

  /** Writes text at a cell, cut at the right edge; returns the column after it. */
  int text(int col, int row, String s, Style style) {
    if (row < 0 || row >= height() || col >= width()) {
      return col;
    }
    String fit = fit(s, width() - col);
    int c = col;
    int run = 0;
    for (int i = 0; i < fit.length(); ) {
      int cp = fit.codePointAt(i);
      if (!Character.isSupplementaryCodePoint(cp)) {
        i++;
        continue;
      }
      c = put(c, row, fit.substring(run, i), style);
      cells.putWide(c, row, cp, style);
      c += 2;
      i += 2;
      run = i;
    }
    return put(c, row, fit.substring(run), style);
  }

  /**
   * Puts visible characters of the basic plane ({@link #fit}'s) from a cell on, as Lanterna's
   * {@code putString} would: one cell each, two for a double-width one.
   */
  private int put(int col, int row, String bmp, Style style) {
    int c = col;
    for (int i = 0; i < bmp.length(); i++) {
      char ch = bmp.charAt(i);
      cells.put(c, row, ch, style);
      c += Glyphs.columns(ch);
    }
    return c;
  }

  /** Writes a line of spans starting at a cell. */
  int spans(int col, int row, List<Span> spans) {
    int c = col;
    for (Span s : spans) {
      c = text(c, row, s.text(), s.style());
    }
    return c;
  }

  /** {@code s}, or its longest prefix that fits in {@code cols} with "…" at the end. */
  static String ellipsize(String s, int cols) {
    if (cols <= 0) {
      return "";
    }
    String whole = fit(s, cols);
    return whole.equals(picture(s)) ? whole : fit(s, cols - 1).stripTrailing() + "…";
  }

  /** {@code s} as drawn ({@link Glyphs#shown}). */
  private static String picture(String s) {
    return fit(s, Integer.MAX_VALUE);
  }

  /**
   * The longest prefix of {@code s} that fits in {@code cols} columns, each code point as {@link
   * Glyphs#shown} draws it (same columns, always visible).
   */
  static String fit(String s, int cols) {
    StringBuilder sb = new StringBuilder();
    int used = 0;
    for (int i = 0; i < s.length(); i += Character.charCount(s.codePointAt(i))) {
      int c = Glyphs.shown(s, i);
      int w = Glyphs.columns(c);
      if (used + w > cols) {
        break;
      }
      sb.appendCodePoint(c);
      used += w;
    }
    return sb.toString();
  }
}
