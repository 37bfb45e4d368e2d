package dev.mockloop.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.graphics.TextGraphics;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where a view draws: the graphics of the whole screen, its size and the theme. Text goes in cell
 * by cell from characters made once per style ({@link #cell}): Lanterna's {@code putString} makes a
 * new character for every cell, and each checks with a JDK {@code BreakIterator} that it holds one
 * grapheme, which was half the CPU of drawing a frame.
 */
final class Canvas {
  /** A style's characters below 128, made on first use. */
  private static final Map<Style, TextCharacter[]> ASCII = new ConcurrentHashMap<>();

  /** A style's other characters, made on first use, at most {@link #OTHERS} a style. */
  private static final Map<Style, Map<Character, TextCharacter>> OTHER = new ConcurrentHashMap<>();

  private static final int OTHERS = 512;

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
    TextCharacter blank = cell(' ', s);
    for (int r = Math.max(0, from); r < Math.min(to, height()); r++) {
      for (int c = 0; c < width(); c++) {
        g.setCharacter(c, r, blank);
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
      // Lanterna's putString draws a surrogate pair as two '?': the pair goes in as one character
      c = put(c, row, fit.substring(run, i), style);
      g.setCharacter(c, row, glyph(cp, style));
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
      g.setCharacter(c, row, cell(ch, style));
      c += Glyphs.columns(ch);
    }
    return c;
  }

  /** The screen character for {@code ch} in style {@code s}, shared (Lanterna's are immutable). */
  static TextCharacter cell(char ch, Style s) {
    if (ch < 128) {
      TextCharacter[] cells = ASCII.computeIfAbsent(s, k -> new TextCharacter[128]);
      TextCharacter made = cells[ch];
      if (made == null) {
        made = make(ch, s);
        cells[ch] = made; // a race makes an equal character twice, which is harmless
      }
      return made;
    }
    Map<Character, TextCharacter> cells = OTHER.computeIfAbsent(s, k -> new ConcurrentHashMap<>());
    TextCharacter made = cells.get(ch);
    if (made == null) {
      made = make(ch, s);
      if (cells.size() < OTHERS) {
        cells.put(ch, made);
      }
    }
    return made;
  }

  private static TextCharacter make(char ch, Style s) {
    EnumSet<SGR> sgr = s.sgr().isEmpty() ? EnumSet.noneOf(SGR.class) : EnumSet.copyOf(s.sgr());
    return new TextCharacter(ch, s.fg(), s.bg(), sgr);
  }

  private static TextCharacter glyph(int cp, Style s) {
    EnumSet<SGR> sgr = s.sgr().isEmpty() ? EnumSet.noneOf(SGR.class) : EnumSet.copyOf(s.sgr());
    return TextCharacter.fromString(Character.toString(cp), s.fg(), s.bg(), sgr)[0];
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
