package dev.mockloop.tui.review;

import com.googlecode.lanterna.input.KeyStroke;
import dev.mockloop.bank.Level;
import dev.mockloop.io.Plural;
import dev.mockloop.report.Format;
import dev.mockloop.session.History;
import dev.mockloop.session.RoundSummary;
import dev.mockloop.session.SessionException;
import dev.mockloop.session.SessionIndex;
import dev.mockloop.session.SessionStore;
import dev.mockloop.session.SessionSummary;
import dev.mockloop.session.StoredSession;
import dev.mockloop.tui.Canvas;
import dev.mockloop.tui.Op;
import dev.mockloop.tui.RoundChrome;
import dev.mockloop.tui.Theme;
import dev.mockloop.tui.View;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The review browser's list: past sessions newest first (date, level, score, time, status,
 * scenarios), then unreadable files with the reason. {@code l} and {@code t} cycle the level
 * and topic filters; Enter opens a session.
 */
public final class ReviewListView implements View {
  /** Narrower title columns than this put the title on a line of its own. */
  private static final int MIN_TITLE = 20;

  private final Navigator nav;
  private final SessionStore store;
  private final Theme theme;
  private final ZoneId zone;
  private final String leaveKeys;
  private final DateTimeFormatter date;
  private History all;
  private Level level;
  private String topic;
  private List<Object> rows = List.of();
  private int pick;
  private int top;
  private String notice = "";

  public ReviewListView(Navigator nav, SessionStore store, Theme theme, ZoneId zone,
      String leaveKeys) {
    this.nav = nav;
    this.store = store;
    this.theme = theme;
    this.zone = zone;
    this.leaveKeys = leaveKeys;
    this.date = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone);
    reload();
  }

  private void reload() {
    try {
      all = SessionIndex.load(store);
      notice = "";
    } catch (SessionException e) {
      all = new History(List.of(), List.of(), java.util.Map.of());
      notice = e.getMessage();
    }
    refilter();
  }

  private void refilter() {
    List<Object> r = new ArrayList<>(all.filter(level, topic).sessions());
    java.util.Collections.reverse(r);
    r.addAll(all.unreadable());
    rows = r;
    pick = Math.max(0, Math.min(pick, rows.size() - 1));
  }

  @Override
  public void key(KeyStroke k, Op op) {
    switch (op) {
      case UP -> pick = Math.max(0, pick - 1);
      case DOWN -> pick = Math.min(rows.size() - 1, pick + 1);
      case PAGE_UP -> pick = Math.max(0, pick - 10);
      case PAGE_DOWN -> pick = Math.max(0, Math.min(rows.size() - 1, pick + 10));
      case LINE_START, TEXT_START -> pick = 0;
      case LINE_END, TEXT_END -> pick = Math.max(0, rows.size() - 1);
      case ENTER, RIGHT -> open();
      case ESCAPE -> nav.leave();
      case CHAR -> typed(Character.toLowerCase(k.getCharacter()));
      default -> { }
    }
  }

  private void typed(char c) {
    switch (c) {
      case 'l' -> {
        level = level == null ? Level.L6 : level == Level.L6 ? Level.L7 : null;
        refilter();
      }
      case 't' -> {
        List<String> topics = all.topics();
        int i = topic == null ? -1 : topics.indexOf(topic);
        topic = i + 1 < topics.size() ? topics.get(i + 1) : null;
        refilter();
      }
      case 'r' -> reload();
      case 'q' -> nav.quit();
      default -> { }
    }
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
    nav.show(new SessionView(nav, this, store, all, s.id(), theme, zone));
  }

  @Override
  public void draw(Canvas c) {
    Theme t = c.theme;
    c.fill(0, 1, t.bar);
    int shown = (int) rows.stream().filter(r -> r instanceof SessionSummary).count();
    c.text(0, 0, " mockloop · Review · " + shown + (shown == 1 ? " session" : " sessions")
        + (all.unreadable().isEmpty() ? "" : ", " + all.unreadable().size() + " unreadable")
        + " · level " + (level == null ? "all" : level) + " · topic "
        + (topic == null ? "all" : topic), t.bar);
    String head = String.format("%-16s  %-5s  %5s  %6s  %-11s  %s", "DATE", "LEVEL", "SCORE",
        "TIME", "STATUS", "SCENARIOS");
    c.text(1, 2, head.length() <= c.width() - 2 ? head : head.substring(0, head.length() - 9),
        t.heading);
    int from = 3;
    int to = c.height() - 3;
    int visible = Math.max(1, to - from);
    List<Shown> lines = shown(c.width() - 2);
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
      Shown l = lines.get(i);
      int row = from + i - top;
      boolean sel = l.row() == pick;
      c.text(0, row, sel && !l.sub() ? "▶" : " ", t.key);
      c.text(1, row, l.text(), sel ? t.selected : rows.get(l.row())
          instanceof StoredSession.Unreadable ? t.warn : l.sub() ? t.dim : t.normal);
    }
    if (rows.isEmpty()) {
      c.text(1, from, all.sessions().isEmpty() ? "No sessions yet in " + store.dir()
          + ": practise a round first." : "No session matches the filter (l level, t topic).",
          t.dim);
    }
    if (!notice.isEmpty()) {
      c.text(1, c.height() - 2, notice, t.warn);
    }
    RoundChrome.footer(c, "↑↓ choose  Enter open  l level  t topic  r reload  " + leaveKeys);
  }

  /** A line of the list: its row's own line, or one of a loop's rounds under it. */
  private record Shown(int row, String text, boolean sub) {}

  /**
   * Every row as lines of at most {@code width} columns: a loop's rounds (and a single round's
   * title when the column is narrower than {@link #MIN_TITLE}) go on lines of their own under
   * the row, each title ellipsized.
   */
  private List<Shown> shown(int width) {
    List<Shown> out = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i) instanceof StoredSession.Unreadable u) {
        out.add(new Shown(i, Canvas.ellipsize("unreadable: " + u.id() + ": " + u.reason(),
            width), false));
        continue;
      }
      SessionSummary s = (SessionSummary) rows.get(i);
      String cols = String.format("%-16s  %-5s  %5s  %6s  %-11s  ", date.format(s.startedAt()),
          s.level(), s.score().map(String::valueOf).orElse("-"),
          Format.mmss(s.seconds()), s.status().word());
      int room = width - cols.length();
      boolean inline = s.rounds().size() <= 1 && room >= MIN_TITLE;
      String titles = inline ? String.join(", ", s.titles())
          : room >= 8 ? Plural.of(s.rounds().size(), "round") : "";
      out.add(new Shown(i, Canvas.ellipsize(cols + titles, width).stripTrailing(), false));
      if (!inline) {
        for (int r = 0; r < s.rounds().size(); r++) {
          RoundSummary rs = s.rounds().get(r);
          String lead = "    " + (r + 1) + ". ";
          String score = " · " + (rs.scored() ? rs.score() : "not scored");
          out.add(new Shown(i, lead + Canvas.ellipsize(rs.title(), width - lead.length()
              - score.length()) + score, true));
        }
      }
    }
    return out;
  }
}
