package dev.mockloop.tui;

import dev.mockloop.session.SessionSummary;
import dev.mockloop.session.StoredSession;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The review browser's list: past sessions newest first (date, level, score, time, status,
 * scenarios), then unreadable files with the reason. {@code l} and {@code t} cycle the level and
 * topic filters; Enter opens a session.
 */
final class ReviewListView implements View {
  private final Navigator nav;
  private final ReviewRows list;
  private final KeyTable keys;
  private final DateTimeFormatter date;
  private List<Object> rows = List.of();
  private int pick;
  private int top;
  private String notice = "";

  /**
   * @param fromHome true when Esc returns to the home screen; else (opened by {@code mockloop
   *     review}) it quits. Times show in the zone of the app's clock (UTC, like session ids).
   */
  ReviewListView(Navigator nav, boolean fromHome) {
    this.nav = nav;
    this.list = new ReviewRows(nav.ctx().store());
    this.keys = table(fromHome);
    this.date =
        DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(nav.ctx().clock().getZone());
    reload();
  }

  private void reload() {
    notice = list.reload();
    refilter();
  }

  /** The rows after a filter changed; the selection stays in range. */
  private void refilter() {
    rows = list.rows();
    pick = Math.max(0, Math.min(pick, rows.size() - 1));
  }

  @Override
  public KeyTable keys() {
    return keys;
  }

  private KeyTable table(boolean fromHome) {
    KeyTable t =
        new KeyTable()
            .row("↑↓", "choose", (k, op) -> move(op))
            .on(
                Op.UP,
                Op.DOWN,
                Op.PAGE_UP,
                Op.PAGE_DOWN,
                Op.LINE_START,
                Op.TEXT_START,
                Op.LINE_END,
                Op.TEXT_END)
            .row("Enter", "open", this::open)
            .on(Op.ENTER, Op.RIGHT)
            .row(
                "l",
                "level",
                () -> {
                  list.nextLevel();
                  refilter();
                })
            .chars("l")
            .row(
                "t",
                "topic",
                () -> {
                  list.nextTopic();
                  refilter();
                })
            .chars("t")
            .row("r", "reload", this::reload)
            .chars("r");
    return fromHome
        ? t.row("Esc", "home", () -> nav.home(""))
            .on(Op.ESCAPE)
            .row("q", "quit", nav::quit)
            .chars("q")
        : t.row("Esc/q", "quit", nav::quit).on(Op.ESCAPE).chars("q");
  }

  private void move(Op op) {
    int last = Math.max(0, rows.size() - 1);
    pick =
        switch (op) {
          case UP -> Math.max(0, pick - 1);
          case DOWN -> Math.min(last, pick + 1);
          case PAGE_UP -> Math.max(0, pick - 10);
          case PAGE_DOWN -> Math.min(last, pick + 10);
          case LINE_START, TEXT_START -> 0;
          default -> last;
        };
  }

  private void open() {
    if (rows.isEmpty()) {
      return;
    }
    Object row = rows.get(pick);
    if (row instanceof StoredSession.Unreadable u) {
      notice = "Cannot open " + u.id() + ": " + u.reason();
      return;
    }
    SessionSummary s = (SessionSummary) row;
    nav.show(new SessionView(nav, this, list.all(), s.id()));
  }

  @Override
  public void draw(Canvas c) {
    Theme t = c.theme;
    c.fill(0, 1, t.bar);
    c.text(0, 0, list.title(), t.bar);
    String head =
        String.format(
            "%-16s  %-5s  %5s  %6s  %-11s  %s",
            "DATE", "LEVEL", "SCORE", "TIME", "STATUS", "SCENARIOS");
    c.text(
        1,
        2,
        head.length() <= c.width() - 2 ? head : head.substring(0, head.length() - 9),
        t.heading);
    int from = 3;
    int bottom = Footer.draw(c, keys);
    int to = bottom - 2;
    int visible = Math.max(1, to - from);
    List<ReviewLines.Shown> lines = ReviewLines.of(rows, date, c.width() - 2);
    int first = 0;
    while (first < lines.size() && lines.get(first).row() < pick) {
      first++;
    }
    int last = first;
    while (last + 1 < lines.size() && lines.get(last + 1).row() == pick) {
      last++;
    }
    top = Math.max(0, Math.min(top, first));
    if (last >= top + visible) {
      top = Math.min(first, last - visible + 1);
    }
    for (int i = top; i < lines.size() && from + i - top < to; i++) {
      ReviewLines.Shown l = lines.get(i);
      int row = from + i - top;
      boolean sel = l.row() == pick;
      c.text(0, row, sel && !l.sub() ? "▶" : " ", t.key);
      c.text(
          1,
          row,
          l.text(),
          sel
              ? t.selected
              : rows.get(l.row()) instanceof StoredSession.Unreadable
                  ? t.warn
                  : l.sub() ? t.dim : t.normal);
    }
    if (rows.isEmpty()) {
      c.text(1, from, list.empty(), t.dim);
    }
    if (!notice.isEmpty()) {
      c.text(1, bottom - 1, notice, t.warn);
    }
  }
}
