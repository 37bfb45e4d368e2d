package dev.mockloop.tui;

import dev.mockloop.report.Wrap;
import dev.mockloop.report.Wrap.Line;
import java.util.ArrayList;
import java.util.Collections;
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
    paragraphs(text, 0, text.length(), w, lines);
    return new WrapLayout(text, w, Collections.unmodifiableList(lines));
  }

  /**
   * The layout of {@code text}, which is this layout's text changed in {@code change}: the lines of
   * the paragraphs before it are kept, those after it moved by the change in length, and only the
   * paragraphs it touches are wrapped again, so typing costs a paragraph, not the whole answer.
   */
  WrapLayout edited(String text, TextChange.Span change) {
    int start = text.lastIndexOf('\n', change.from() - 1) + 1; // the first paragraph touched
    int nl = text.indexOf('\n', change.newEnd());
    int end = nl < 0 ? text.length() : nl; // the end of the last one
    int delta = change.newEnd() - change.oldEnd();
    List<Line> out = new ArrayList<>(lines.size() + 4);
    int i = 0;
    while (i < lines.size() && lines.get(i).start() < start) {
      out.add(lines.get(i++));
    }
    while (i < lines.size() && lines.get(i).start() <= end - delta) {
      i++; // a line of a paragraph touched, as it was
    }
    paragraphs(text, start, end, width, out);
    for (; i < lines.size(); i++) {
      Line l = lines.get(i);
      out.add(new Line(l.start() + delta, l.end() + delta, l.next() + delta, l.indent()));
    }
    return new WrapLayout(text, width, Collections.unmodifiableList(out));
  }

  /** Wraps the paragraphs of {@code [from, to)} of {@code text} into {@code out}. */
  private static void paragraphs(String text, int from, int to, int w, List<Line> out) {
    int pos = from;
    while (true) {
      int nl = text.indexOf('\n', pos);
      int paraEnd = nl < 0 || nl > to ? to : nl;
      Wrap.paragraph(text, pos, paraEnd, w, 0, Glyphs::columns, true, out);
      if (paraEnd >= to) {
        break;
      }
      pos = paraEnd + 1;
    }
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
