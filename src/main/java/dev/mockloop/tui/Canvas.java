package dev.mockloop.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.graphics.TextGraphics;
import java.util.List;

/** Where a view draws: the graphics of the whole screen, its size and the theme. */
final class Canvas {
  private final TextGraphics g;
  final TerminalSize size;
  final Theme theme;

  Canvas(TextGraphics g, TerminalSize size, Theme theme) {
    this.g = g;
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
    fill(0, height(), Style.PLAIN);
  }

  /** Paints rows {@code [from, to)} in a style. */
  void fill(int from, int to, Style s) {
    apply(s);
    for (int r = Math.max(0, from); r < Math.min(to, height()); r++) {
      g.putString(0, r, " ".repeat(width()));
    }
  }

  /** Writes text at a cell, cut at the right edge; returns the column after it. */
  int text(int col, int row, String s, Style style) {
    if (row < 0 || row >= height() || col >= width()) {
      return col;
    }
    String fit = fit(s, width() - col);
    apply(style);
    g.putString(col, row, fit);
    return col + WrapLayout.columns(fit, 0, fit.length());
  }

  /** Writes a line of spans starting at a cell. */
  int spans(int col, int row, List<Span> spans) {
    int c = col;
    for (Span s : spans) {
      c = text(c, row, s.text(), s.style());
    }
    return c;
  }

  private void apply(Style s) {
    g.setForegroundColor(s.fg());
    g.setBackgroundColor(s.bg());
    g.clearModifiers();
    for (SGR m : s.sgr()) {
      g.enableModifiers(m);
    }
  }

  /**
   * The longest prefix of {@code s} that fits in {@code cols} columns, each char drawn as {@link
   * #shown}: control chars as spaces, and chars whose width the terminal decides differently from
   * the layout (emoji, joiners, combining marks, direction marks) as visible ASCII placeholders of
   * one column each, so nothing shifts the line or leaves stray glyphs.
   */
  /** {@code s}, or its longest prefix that fits in {@code cols} with "…" at the end. */
  static String ellipsize(String s, int cols) {
    if (cols <= 0) {
      return "";
    }
    String whole = fit(s, cols);
    return whole.length() == s.length() ? whole : fit(s, cols - 1).stripTrailing() + "…";
  }

  static String fit(String s, int cols) {
    StringBuilder sb = new StringBuilder();
    int used = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = shown(s, i);
      int w = WrapLayout.columns(c);
      if (used + w > cols) {
        break;
      }
      sb.append(c);
      used += w;
    }
    return sb.toString();
  }

  /**
   * How the char at {@code i} is drawn. A supplementary character (an emoji, say) is a surrogate
   * pair, which the layout counts as two columns: it is drawn as {@code []}. Zero-width and format
   * chars, combining marks, variation selectors and lone surrogates are drawn as {@code ?}. The
   * stored text is never changed, only its picture.
   */
  static char shown(String s, int i) {
    char c = s.charAt(i);
    if (Character.isISOControl(c)) {
      return ' ';
    }
    if (Character.isHighSurrogate(c)) {
      return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)) ? '[' : '?';
    }
    if (Character.isLowSurrogate(c)) {
      return i > 0 && Character.isHighSurrogate(s.charAt(i - 1)) ? ']' : '?';
    }
    if (c < '\u0300') {
      return c;
    }
    int type = Character.getType(c);
    boolean zeroWidth =
        type == Character.FORMAT
            || type == Character.NON_SPACING_MARK
            || type == Character.ENCLOSING_MARK
            || type == Character.COMBINING_SPACING_MARK
            || (c >= '\uFE00' && c <= '\uFE0F');
    return zeroWidth ? '?' : c;
  }
}
