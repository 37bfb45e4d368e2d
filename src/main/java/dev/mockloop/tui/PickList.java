package dev.mockloop.tui;

import java.util.ArrayList;
import java.util.List;

/**
 * A list of wrapped entries with one selected, scrolled so the selected entry stays in view; the
 * selected entry is drawn in the theme's selected style with a {@code ▸} in front (so it shows
 * without colour too).
 */
final class PickList {
  private int top;

  void reset() {
    top = 0;
  }

  /** Draws {@code items} (each a block of lines) in rows {@code [from, to)}. */
  void draw(Canvas c, int from, int to, List<List<List<Span>>> items, int selected) {
    int rows = Math.max(1, to - from);
    List<List<Span>> lines = new ArrayList<>();
    int selStart = 0;
    int selEnd = 0;
    for (int i = 0; i < items.size(); i++) {
      if (i == selected) {
        selStart = lines.size();
        selEnd = selStart + items.get(i).size();
      }
      lines.addAll(items.get(i));
    }
    if (selEnd - top > rows) {
      top = Math.min(selStart, selEnd - rows);
    }
    if (selStart < top) {
      top = selStart;
    }
    top = Math.max(0, Math.min(top, lines.size() - rows));
    for (int r = 0; r < rows && top + r < lines.size(); r++) {
      int line = top + r;
      boolean sel = line >= selStart && line < selEnd;
      List<Span> spans = lines.get(line);
      if (sel) {
        Style s = c.theme.selected;
        c.text(1, from + r, " ".repeat(c.width() - 2), s);
        List<Span> styled = new ArrayList<>();
        for (Span x : spans) {
          styled.add(new Span(x.text(), s));
        }
        spans = styled;
      }
      c.spans(1, from + r, spans);
      if (sel && line == selStart) {
        c.text(1, from + r, "▸", c.theme.selected);
      }
    }
    if (top > 0) {
      c.text(c.width() - 1, from, "↑", c.theme.dim);
    }
    if (top + rows < lines.size()) {
      c.text(c.width() - 1, to - 1, "↓", c.theme.dim);
    }
  }
}
