package dev.mockloop.tui;

/**
 * Where a {@link Canvas} puts its cells: a Lanterna screen's back buffer ({@link ScreenCells}), or
 * mockloop's own buffer for the first frame, written to the terminal before Lanterna's screen is
 * made ({@link FrameCells}). Both keep a double-width character's cells as Lanterna's buffer does.
 */
interface Cells {
  /** A visible character of the basic plane ({@link Glyphs#shown}) at a cell, in a style. */
  void put(int col, int row, char ch, Style style);

  /** A supplementary code point that {@link Glyphs#wide} draws two columns wide. */
  void putWide(int col, int row, int codePoint, Style style);

  /** Every cell a blank of {@link Style#PLAIN}. */
  void clear();
}
