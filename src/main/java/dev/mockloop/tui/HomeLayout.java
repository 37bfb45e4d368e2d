package dev.mockloop.tui;

import dev.mockloop.bank.Level;
import dev.mockloop.report.Wrap;
import java.util.ArrayList;
import java.util.List;

/**
 * The home screen's top lines for a width, laid out so that nothing is split in the middle of an
 * item: each level with what it rewards, its text hanging under itself when it wraps ("▶ L6 Senior:
 * ..."); the modes as whole items ("4 by topic"), a row holding as many as fit; an item wider than
 * a row is cut with "…".
 */
final class HomeLayout {
  /** Between two modes on a row. */
  private static final String GAP = "   ";

  private HomeLayout() {}

  /**
   * The level and mode lines, {@code width} columns wide; {@code compact} puts the levels on the
   * heading's line, without what they reward.
   */
  static List<List<Span>> top(
      Theme t, Level level, boolean inList, int mode, boolean compact, int width) {
    List<List<Span>> lines = new ArrayList<>();
    List<Span> oneLine = new ArrayList<>(List.of(new Span("Level   ↑↓ or 6/7 ", t.heading)));
    if (!compact) {
      lines.add(List.of(new Span("Level   ↑↓ or 6/7", t.heading)));
    }
    for (Level l : Level.values()) {
      Style s = l == level ? (inList ? t.heading : t.selected) : t.normal;
      Span mark = new Span(l == level ? " ▶ " : "   ", t.key);
      if (compact) {
        oneLine.addAll(List.of(mark, new Span(l.name(), s)));
      } else {
        Style text = l == level ? t.normal : t.dim;
        lines.addAll(
            hanging(List.of(mark, new Span(l.name() + "  ", s)), l.rewards(), text, width));
      }
    }
    if (compact) {
      lines.add(oneLine);
    }
    lines.add(List.of());
    lines.add(List.of(new Span("Mode   ←→ or 1-" + HomeView.MODES.length, t.heading)));
    List<Span> modes = new ArrayList<>();
    for (int i = 0; i < HomeView.MODES.length; i++) {
      modes.add(new Span((i + 1) + " " + HomeView.MODES[i], i == mode ? t.selected : t.normal));
    }
    lines.addAll(flow(modes, t.normal, width));
    return lines;
  }

  /**
   * {@code head} then {@code text} word-wrapped in what is left of {@code width}, its later lines
   * starting under its first word.
   */
  static List<List<Span>> hanging(List<Span> head, String text, Style style, int width) {
    int indent = 0;
    for (Span s : head) {
      indent += Glyphs.columns(s.text(), 0, s.text().length());
    }
    List<List<Span>> out = new ArrayList<>();
    if (indent >= width / 2) {
      out.add(List.of(new Span(Canvas.ellipsize(text, width - indent), style)));
      return out;
    }
    for (Wrap.Line l : Wrap.lines(text, width - indent, Glyphs::columns, true)) {
      List<Span> row = new ArrayList<>(out.isEmpty() ? head : List.of());
      if (!out.isEmpty()) {
        row.add(new Span(" ".repeat(indent), Style.PLAIN));
      }
      row.add(new Span(text.substring(l.start(), l.end()), style));
      out.add(row);
    }
    return out;
  }

  /**
   * {@code items} (each kept whole) in rows of at most {@code width} columns, {@link #GAP} apart,
   * each row after one space of {@code gap}'s style; an item wider than a row is cut with "…".
   */
  static List<List<Span>> flow(List<Span> items, Style gap, int width) {
    List<List<Span>> rows = new ArrayList<>();
    List<Span> row = new ArrayList<>();
    int used = 0;
    for (Span item : items) {
      int cols = Glyphs.columns(item.text(), 0, item.text().length());
      if (!row.isEmpty() && used + GAP.length() + cols > width) {
        rows.add(row);
        row = new ArrayList<>();
      }
      if (row.isEmpty()) {
        row.add(new Span(" ", gap));
        String fit = Canvas.ellipsize(item.text(), width - 1);
        row.add(new Span(fit, item.style()));
        used = 1 + Glyphs.columns(fit, 0, fit.length());
      } else {
        row.add(new Span(GAP, gap));
        row.add(item);
        used += GAP.length() + cols;
      }
    }
    if (!row.isEmpty()) {
      rows.add(row);
    }
    return rows;
  }

  /** The first of {@code forms} that fits in {@code width} columns, else the last cut with "…". */
  static String firstFit(int width, String... forms) {
    for (String f : forms) {
      if (Glyphs.columns(f, 0, f.length()) <= width) {
        return f;
      }
    }
    return Canvas.ellipsize(forms[forms.length - 1], width);
  }
}
