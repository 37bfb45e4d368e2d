package dev.mockloop.tui;

import dev.mockloop.engine.RoundState;
import dev.mockloop.engine.RoundTitle;
import dev.mockloop.report.Format;

/** The round screen's header (level, round, title, countdown, time bar), separator and footer. */
final class RoundChrome {
  private RoundChrome() {}

  static void header(Canvas c, RoundState s) {
    Theme t = c.theme;
    c.fill(0, 1, t.bar);
    String left =
        " "
            + s.level()
            + " · Round "
            + s.round()
            + " of "
            + s.rounds()
            + " · "
            + RoundTitle.of(s.scenario());
    String right = " " + timer(s) + " ";
    c.text(0, 0, Canvas.ellipsize(left, c.width() - right.length()), t.bar);
    c.text(Math.max(0, c.width() - right.length()), 0, right, t.bar);
    long left2 = s.remaining().toSeconds();
    Style barStyle = !s.timed() ? t.dim : left2 <= 30 ? t.bad : left2 <= 120 ? t.warn : t.good;
    double ratio =
        !s.timed() || s.allowed().isZero()
            ? 0
            : (double) s.elapsed().toMillis() / s.allowed().toMillis();
    String label =
        !s.timed() ? " untimed " : left2 <= 30 ? " last 30 s " : left2 <= 120 ? " last 2 min " : "";
    c.text(0, 1, Format.bar(ratio, c.width() - label.length()), barStyle);
    c.text(c.width() - label.length(), 1, label, barStyle);
  }

  /** "mm:ss" left, or the time used when untimed. */
  static String timer(RoundState s) {
    return s.timed()
        ? Format.mmss(s.remaining())
        : "untimed · " + Format.mmss(s.elapsed()) + " used";
  }

  static void separator(Canvas c, int row, String left, String right) {
    Theme t = c.theme;
    c.text(0, row, "─".repeat(c.width()), t.dim);
    int room = c.width() - 2 - (right.isEmpty() ? 0 : right.length() + 2);
    c.text(
        1,
        row,
        Canvas.ellipsize(left, Math.max(room, Math.min(left.length(), c.width() - 2))),
        t.heading);
    if (!right.isEmpty() && room >= 8) {
      c.text(Math.max(0, c.width() - right.length() - 1), row, right, t.dim);
    }
  }

  /**
   * The separator over the answer editor: the label, then a status (a save failure, "Answer
   * submitted.") cut to the room left. The status goes before the scroll hint on the right when
   * both do not fit (it lasts only until typing starts; the footer names PgUp/PgDn too).
   */
  static void answerSeparator(Canvas c, int row, String label, String status, String right) {
    int room = c.width() - label.length() - 3;
    boolean both =
        status.isEmpty()
            || right.isEmpty()
            || room - right.length() - 2 >= Math.min(status.length(), 20) + 2;
    String shownRight = both ? right : "";
    separator(c, row, label, shownRight);
    room -= shownRight.isEmpty() ? 0 : shownRight.length() + 2;
    if (!status.isEmpty() && room >= 8) {
      c.text(label.length() + 2, row, " " + Canvas.ellipsize(status, room - 2) + " ", c.theme.warn);
    }
  }
}
