package dev.mockloop.tui;

import java.util.List;
import java.util.function.IntFunction;

/** A scrollable block of wrapped styled lines, re-wrapped when the width changes. */
final class ScrollText {
  private final IntFunction<List<List<Span>>> content;
  private List<List<Span>> lines = List.of();
  private int width = -1;
  private int top;
  private int rows = 1;

  ScrollText(IntFunction<List<List<Span>>> content) {
    this.content = content;
  }

  boolean key(Op op) {
    switch (op) {
      case UP -> top--;
      case DOWN -> top++;
      case PAGE_UP -> top -= Math.max(1, rows - 1);
      case PAGE_DOWN -> top += Math.max(1, rows - 1);
      case LINE_START, TEXT_START -> top = 0;
      case LINE_END, TEXT_END -> top = Integer.MAX_VALUE / 2;
      default -> {
        return false;
      }
    }
    return true;
  }

  void reset() {
    width = -1;
    top = 0;
  }

  /** The content changed: wrap it again at the next draw, keeping the scroll position. */
  void refresh() {
    width = -1;
  }

  void draw(Canvas c, int from, int to) {
    if (c.width() - 2 != width) {
      width = c.width() - 2;
      lines = content.apply(width);
    }
    rows = Math.max(1, to - from);
    top = Math.max(0, Math.min(top, lines.size() - rows));
    for (int i = 0; i < rows && top + i < lines.size(); i++) {
      c.spans(1, from + i, lines.get(top + i));
    }
    if (top > 0) {
      c.text(c.width() - 1, from, "↑", c.theme.dim);
    }
    if (top + rows < lines.size()) {
      c.text(c.width() - 1, to - 1, "↓", c.theme.dim);
    }
  }
}
