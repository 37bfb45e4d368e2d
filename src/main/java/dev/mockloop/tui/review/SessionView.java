package dev.mockloop.tui.review;

import com.googlecode.lanterna.input.KeyStroke;
import dev.mockloop.report.ReportLine;
import dev.mockloop.report.SessionReport;
import dev.mockloop.session.History;
import dev.mockloop.session.SessionStore;
import dev.mockloop.session.StoredSession;
import dev.mockloop.tui.Canvas;
import dev.mockloop.tui.Op;
import dev.mockloop.tui.RoundChrome;
import dev.mockloop.tui.ScrollText;
import dev.mockloop.tui.Theme;
import dev.mockloop.tui.Tones;
import dev.mockloop.tui.View;
import java.time.ZoneId;
import java.util.List;

/** One saved session, scrollable; Esc goes back to the list. */
final class SessionView implements View {
  private final Navigator nav;
  private final View list;
  private final String id;
  private final ScrollText body;
  private final String title;

  SessionView(Navigator nav, View list, SessionStore store, History history, String id,
      Theme theme, ZoneId zone) {
    this.nav = nav;
    this.list = list;
    this.id = id;
    StoredSession s = store.load(id).orElse(null);
    if (s instanceof StoredSession.Readable r) {
      title = r.transcript().rounds().isEmpty() ? "(no round)"
          : r.transcript().rounds().get(0).title() + (r.transcript().rounds().size() > 1
          ? " and " + (r.transcript().rounds().size() - 1) + " more" : "");
      var lines = SessionReport.of(r.transcript(), history, zone);
      body = new ScrollText(w -> Tones.wrapped(lines, theme, w));
    } else {
      String why = s instanceof StoredSession.Unreadable u ? u.reason()
          : "the file is gone; press r in the list to reload";
      title = "unreadable";
      var lines = List.of(ReportLine.of("Cannot show " + id + ": " + why, ReportLine.Tone.WARN));
      body = new ScrollText(w -> Tones.wrapped(lines, theme, w));
    }
  }

  @Override
  public void key(KeyStroke k, Op op) {
    if (op == Op.ESCAPE || op == Op.LEFT || op == Op.BACKSPACE) {
      nav.show(list);
      return;
    }
    if (op == Op.CHAR) {
      char c = Character.toLowerCase(k.getCharacter());
      if (c == 'q') {
        nav.quit();
      } else if (c == ' ') {
        body.key(Op.PAGE_DOWN);
      }
      return;
    }
    body.key(op);
  }

  @Override
  public void draw(Canvas c) {
    Theme t = c.theme;
    c.fill(0, 1, t.bar);
    c.text(0, 0, Canvas.ellipsize(" Review · " + id + " · " + title, c.width()), t.bar);
    body.draw(c, 1, c.height() - 1);
    RoundChrome.footer(c, "↑↓ PgUp/PgDn Space scroll  Esc back to the list  q quit");
  }
}
