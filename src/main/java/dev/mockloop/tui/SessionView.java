package dev.mockloop.tui;

import dev.mockloop.report.ReportLine;
import dev.mockloop.report.SessionReport;
import dev.mockloop.session.History;
import dev.mockloop.session.StoredSession;
import java.time.ZoneId;
import java.util.List;

/** One saved session, scrollable; Esc goes back to the list. */
final class SessionView implements View {
  private final String id;
  private final KeyTable keys;
  private final ScrollText body;
  private final String title;

  SessionView(Navigator nav, View list, History history, String id) {
    this.id = id;
    Theme theme = nav.ctx().theme();
    ZoneId zone = nav.ctx().clock().getZone();
    StoredSession s = nav.ctx().store().load(id).orElse(null);
    if (s instanceof StoredSession.Readable r) {
      title =
          r.transcript().rounds().isEmpty()
              ? "(no round)"
              : r.transcript().rounds().get(0).title()
                  + (r.transcript().rounds().size() > 1
                      ? " and " + (r.transcript().rounds().size() - 1) + " more"
                      : "");
      var lines = SessionReport.of(r.transcript(), history, zone);
      body = new ScrollText(w -> Tones.wrapped(lines, theme, w));
    } else {
      String why =
          s instanceof StoredSession.Unreadable u
              ? u.reason()
              : "the file is gone; press r in the list to reload";
      title = "unreadable";
      var lines = List.of(ReportLine.of("Cannot show " + id + ": " + why, ReportLine.Tone.WARN));
      body = new ScrollText(w -> Tones.wrapped(lines, theme, w));
    }
    keys =
        new KeyTable()
            .row(
                "↑↓ PgUp/PgDn Space Home/End",
                "scroll",
                (k, op) -> body.key(op == Op.CHAR ? Op.PAGE_DOWN : op))
            .on(Keys.SCROLL)
            .on(Keys.ENDS)
            .chars(" ")
            .row("Esc", "back to the list", () -> nav.show(list))
            .brief("back")
            .on(Op.ESCAPE, Op.LEFT, Op.BACKSPACE)
            .row("q", "quit", nav::quit)
            .chars("q");
  }

  @Override
  public KeyTable keys() {
    return keys;
  }

  @Override
  public void draw(Canvas c) {
    Theme t = c.theme;
    c.fill(0, 1, t.bar);
    c.text(0, 0, Canvas.ellipsize(" Review · " + id + " · " + title, c.width()), t.bar);
    body.draw(c, 1, Footer.draw(c, keys));
  }
}
