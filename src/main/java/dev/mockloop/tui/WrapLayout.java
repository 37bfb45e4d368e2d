package dev.mockloop.tui;

import com.googlecode.lanterna.TerminalTextUtils;
import java.util.ArrayList;
import java.util.List;

/**
 * Word-wraps text into visual lines of at most {@code width} columns, remembering each line's
 * character range so that a cursor offset maps to a row and column and back. Lines break after
 * a space where they can and inside a word only when the word is longer than the line. Double-
 * width characters count as two columns.
 */
final class WrapLayout {
  /** A visual line: text {@code [start, end)}; {@code next} is where the following line starts. */
  record Line(int start, int end, int next) {}

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
      wrapParagraph(text, pos, paraEnd, w, lines);
      if (nl < 0) {
        break;
      }
      pos = nl + 1;
    }
    return new WrapLayout(text, w, List.copyOf(lines));
  }

  private static void wrapParagraph(String t, int from, int to, int w, List<Line> out) {
    int pos = from;
    while (true) {
      int cols = 0;
      int i = pos;
      int lastSpace = -1;
      while (i < to) {
        int cw = columns(t.charAt(i));
        if (cols + cw > w) {
          break;
        }
        if (t.charAt(i) == ' ') {
          lastSpace = i;
        }
        cols += cw;
        i++;
      }
      if (i >= to) {
        out.add(new Line(pos, to, to + 1));
        return;
      }
      if (t.charAt(i) == ' ') {
        out.add(new Line(pos, i, i + 1));
        pos = i + 1;
      } else if (lastSpace >= pos) {
        out.add(new Line(pos, lastSpace, lastSpace + 1));
        pos = lastSpace + 1;
      } else {
        int end = Math.max(i, pos + 1);
        out.add(new Line(pos, end, end));
        pos = end;
      }
    }
  }

  static int columns(char c) {
    // below U+1100 nothing is double-width; skipping the lookup keeps long answers fast
    return c >= '\u1100' && TerminalTextUtils.isCharDoubleWidth(c) ? 2 : 1;
  }

  static int columns(String s, int from, int to) {
    int cols = 0;
    for (int i = from; i < to; i++) {
      cols += columns(s.charAt(i));
    }
    return cols;
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
    return columns(text, line.start(), Math.min(offset, line.end()));
  }

  /** The offset nearest to {@code column} on {@code row}. */
  int offsetAt(int row, int column) {
    Line line = lines.get(Math.max(0, Math.min(row, lines.size() - 1)));
    int cols = 0;
    int i = line.start();
    while (i < line.end() && cols + columns(text.charAt(i)) <= column) {
      cols += columns(text.charAt(i));
      i++;
    }
    return i;
  }
}
