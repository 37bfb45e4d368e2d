package dev.mockloop.tui;

import dev.mockloop.io.Plural;
import dev.mockloop.report.Format;
import dev.mockloop.session.RoundSummary;
import dev.mockloop.session.SessionSummary;
import dev.mockloop.session.StoredSession;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** The review list's rows as screen lines: a session's columns, then a loop's rounds under it. */
final class ReviewLines {
  /** Narrower title columns than this put the title on a line of its own. */
  private static final int MIN_TITLE = 20;

  private ReviewLines() {}

  /** A line of the list: its row's own line, or one of a loop's rounds under it. */
  record Shown(int row, String text, boolean sub) {}

  /**
   * Every row as lines of at most {@code width} columns: a loop's rounds (and a single round's
   * title when the column is narrower than {@link #MIN_TITLE}) go on lines of their own under the
   * row, each title ellipsized.
   */
  static List<Shown> of(List<Object> rows, DateTimeFormatter date, int width) {
    List<Shown> out = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i) instanceof StoredSession.Unreadable u) {
        out.add(
            new Shown(
                i, Canvas.ellipsize("unreadable: " + u.id() + ": " + u.reason(), width), false));
        continue;
      }
      SessionSummary s = (SessionSummary) rows.get(i);
      String cols =
          String.format(
              "%-16s  %-5s  %5s  %6s  %-11s  ",
              date.format(s.startedAt()),
              s.level(),
              s.score().map(String::valueOf).orElse("-"),
              Format.mmss(s.seconds()),
              s.status().word());
      int room = width - cols.length();
      boolean inline = s.rounds().size() <= 1 && room >= MIN_TITLE;
      String titles =
          inline
              ? String.join(", ", s.titles())
              : room >= 8 ? Plural.of(s.rounds().size(), "round") : "";
      out.add(new Shown(i, Canvas.ellipsize(cols + titles, width).stripTrailing(), false));
      if (!inline) {
        for (int r = 0; r < s.rounds().size(); r++) {
          RoundSummary rs = s.rounds().get(r);
          String lead = "    " + (r + 1) + ". ";
          String score = " · " + (rs.scored() ? rs.score() : "not scored");
          out.add(
              new Shown(
                  i,
                  lead
                      + Canvas.ellipsize(rs.title(), width - lead.length() - score.length())
                      + score,
                  true));
        }
      }
    }
    return out;
  }
}
