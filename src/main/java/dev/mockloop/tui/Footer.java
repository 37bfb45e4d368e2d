package dev.mockloop.tui;

import java.util.ArrayList;
import java.util.List;

/**
 * The key lines at the bottom of every screen, made from the view's {@link KeyTable}: every row
 * that applies, as "keys label", two spaces apart. When one line is too narrow the short labels are
 * tried, then two lines (long labels, then short), then as many lines as it takes: a key is never
 * dropped.
 */
final class Footer {
  private static final String GAP = "  ";

  private Footer() {}

  /** Draws the key lines at the bottom; returns the first row they take (the body ends there). */
  static int draw(Canvas c, KeyTable keys) {
    List<String> lines = lines(keys, c.width() - 2);
    int top = c.height() - lines.size();
    c.fill(top, c.height(), c.theme.bar);
    for (int i = 0; i < lines.size(); i++) {
      c.text(1, top + i, lines.get(i), c.theme.bar);
    }
    return top;
  }

  /** The key lines for {@code width} columns (loops, not streams: every first frame draws them). */
  static List<String> lines(KeyTable keys, int width) {
    List<String> full = entries(keys, false);
    List<String> brief = entries(keys, true);
    for (int most = 1; most <= 2; most++) {
      for (List<String> e : List.of(full, brief)) {
        List<String> lines = wrap(e, width);
        if (lines.size() <= most) {
          return lines;
        }
      }
    }
    return wrap(brief, width).stream().map(l -> Canvas.ellipsize(l, width)).toList();
  }

  /** "keys label" per row shown, with the short labels when {@code brief}; a loop, as above. */
  private static List<String> entries(KeyTable keys, boolean brief) {
    List<String> out = new ArrayList<>();
    for (KeyTable.Row r : keys.shown()) {
      out.add(r.keys + " " + (brief ? r.brief() : r.label()));
    }
    return out;
  }

  private static List<String> wrap(List<String> entries, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String e : entries) {
      if (line.length() > 0 && line.length() + GAP.length() + e.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(line.length() == 0 ? "" : GAP).append(e);
    }
    lines.add(line.toString());
    return lines;
  }
}
