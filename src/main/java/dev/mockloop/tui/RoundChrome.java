package dev.mockloop.tui;

import dev.mockloop.engine.RoundState;
import dev.mockloop.engine.RoundTitle;
import dev.mockloop.report.Format;

/** The round screen's header (level, round, title, countdown, time bar), separator and footer. */
public final class RoundChrome {
  private RoundChrome() {}

  static void header(Canvas c, RoundState s) {
    Theme t = c.theme;
    c.fill(0, 1, t.bar);
    String left = " " + s.level() + " · Round " + s.round() + " of " + s.rounds() + " · "
        + RoundTitle.of(s.scenario());
    String right = " " + timer(s) + " ";
    c.text(0, 0, Canvas.ellipsize(left, c.width() - right.length()), t.bar);
    c.text(Math.max(0, c.width() - right.length()), 0, right, t.bar);
    long left2 = s.remaining().toSeconds();
    Style barStyle = !s.timed() ? t.dim : left2 <= 30 ? t.bad : left2 <= 120 ? t.warn : t.good;
    double ratio = !s.timed() || s.allowed().isZero() ? 0
        : (double) s.elapsed().toMillis() / s.allowed().toMillis();
    String label = !s.timed() ? " untimed " : left2 <= 30 ? " last 30 s " : left2 <= 120
        ? " last 2 min " : "";
    c.text(0, 1, Format.bar(ratio, c.width() - label.length()), barStyle);
    c.text(c.width() - label.length(), 1, label, barStyle);
  }

  /** "mm:ss" left, or the time used when untimed. */
  static String timer(RoundState s) {
    return s.timed() ? Format.mmss(s.remaining())
        : "untimed · " + Format.mmss(s.elapsed()) + " used";
  }

  public static void separator(Canvas c, int row, String left, String right) {
    Theme t = c.theme;
    c.text(0, row, "─".repeat(c.width()), t.dim);
    int room = c.width() - 2 - (right.isEmpty() ? 0 : right.length() + 2);
    c.text(1, row, Canvas.ellipsize(left, Math.max(room, Math.min(left.length(), c.width() - 2))),
        t.heading);
    if (!right.isEmpty() && room >= 8) {
      c.text(Math.max(0, c.width() - right.length() - 1), row, right, t.dim);
    }
  }

  /**
   * The key line. When it does not fit, the entries between the first and the last (the quit
   * key) are dropped from the right until it does, so quitting always shows.
   */
  public static void footer(Canvas c, String keys) {
    c.fill(c.height() - 1, c.height(), c.theme.bar);
    c.text(1, c.height() - 1, fitKeys(keys, c.width() - 2), c.theme.bar);
  }

  static String fitKeys(String keys, int cols) {
    java.util.List<String> parts = new java.util.ArrayList<>(java.util.List.of(keys.split("  ")));
    while (String.join("  ", parts).length() > cols && parts.size() > 2) {
      parts.remove(parts.size() - 2);
    }
    return Canvas.ellipsize(String.join("  ", parts), cols);
  }
}
