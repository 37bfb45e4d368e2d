package dev.mockloop.tui;

/**
 * The smallest terminal the screens are laid out for, and what a smaller one shows instead of the
 * view (the view and everything typed stay as they are until the terminal grows).
 */
final class MinSize {
  static final int COLS = 60;
  static final int ROWS = 18;

  private MinSize() {}

  static boolean fits(Canvas c) {
    return c.width() >= COLS && c.height() >= ROWS;
  }

  /** "Enlarge the terminal", centred; "Your answer is kept." only where there is an answer. */
  static void drawMessage(Canvas c, boolean answering) {
    String[] all = {
      "Enlarge the terminal",
      "to at least " + COLS + "x" + ROWS,
      "(now " + c.width() + "x" + c.height() + ").",
      "Your answer is kept."
    };
    String[] lines = answering ? all : java.util.Arrays.copyOf(all, all.length - 1);
    int top = Math.max(0, (c.height() - lines.length) / 2);
    for (int i = 0; i < lines.length; i++) {
      c.text(Math.max(0, (c.width() - lines[i].length()) / 2), top + i, lines[i], c.theme.warn);
    }
  }
}
