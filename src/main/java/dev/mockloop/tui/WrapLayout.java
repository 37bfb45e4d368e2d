package dev.mockloop.tui;

import dev.mockloop.report.Wrap;
import dev.mockloop.report.Wrap.Line;
import java.util.ArrayList;
import java.util.List;

/**
 * The answer editor's layout: text in visual lines of at most {@code width} columns, on the one
 * line-breaking rule ({@link Wrap#paragraph}), remembering each line's character range so that a
 * cursor offset maps to a row and column and back. Columns are counted per code point ({@link
 * Glyphs}): a double-width character counts two, and no line breaks inside a surrogate pair.
 */
final class WrapLayout {
  private final String text;
  private final int width;
  private final List<Line> lines;

  private WrapLayout(String text, int width, List<Line> lines) {
    this.text = text;
    this.width = width;
    this.lines = lines;
  }

  static WrapLayout of(String text, int width) {
    int w = Math.max(1, width);
    List<Line> lines = new ArrayList<>();
    int pos = 0;
    int n = text.length();
    while (true) {
      int nl = text.indexOf('\n', pos);
      int paraEnd = nl < 0 ? n : nl;
      Wrap.paragraph(text, pos, paraEnd, w, 0, Glyphs::columns, true, lines);
      if (nl < 0) {
        break;
      }
      pos = nl + 1;
    }
    return new WrapLayout(text, w, List.copyOf(lines));
  }

  List<Line> lines() {
    return lines;
  }

  int width() {
    return width;
  }

  String text(Line line) {
    return text.substring(line.start(), line.end());
  }

  /** The visual row of a cursor offset. */
  int rowOf(int offset) {
    int lo = 0;
    int hi = lines.size() - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (lines.get(mid).start() <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  /** The column of a cursor offset within its row. */
  int columnOf(int offset) {
    Line line = lines.get(rowOf(offset));
    return Glyphs.columns(text, line.start(), Math.min(offset, line.end()));
  }

  /** The offset nearest to {@code column} on {@code row}. */
  int offsetAt(int row, int column) {
    Line line = lines.get(Math.max(0, Math.min(row, lines.size() - 1)));
    int cols = 0;
    int i = line.start();
    while (i < line.end() && cols + Glyphs.columns(text.codePointAt(i)) <= column) {
      cols += Glyphs.columns(text.codePointAt(i));
      i += Character.charCount(text.codePointAt(i));
    }
    return i;
  }
}
