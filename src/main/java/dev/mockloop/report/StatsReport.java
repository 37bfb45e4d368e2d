package dev.mockloop.report;

import dev.mockloop.bank.Level;
import dev.mockloop.io.Plural;
import dev.mockloop.report.ReportLine.Tone;
import dev.mockloop.session.PrincipleStats;
import dev.mockloop.session.Stats;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link Stats} for {@code review stats} as report lines: bars, a sparkline and a ranked list (how
 * the user's self-ratings track the scorer is {@link SelfRatingStatsReport}). Long lines hang under
 * their indent when wrapped ({@link Wrap}).
 */
public final class StatsReport {
  private static final int BAR = 20;
  private static final int WEEKS = 12;

  private final List<ReportLine> out = new ArrayList<>();

  private StatsReport() {}

  /**
   * @param only the level the stats are filtered to, or null
   * @param width the width the sparkline may take
   */
  public static List<ReportLine> of(Stats s, Level only, int width) {
    StatsReport t = new StatsReport();
    if (s.sessions() == 0) {
      return List.of(
          ReportLine.of(
              "No sessions"
                  + (only == null ? "" : " at " + only)
                  + " yet: practise with `mockloop practice`, then come back.",
              Tone.NORMAL));
    }
    t.wrapped(
        "Practice"
            + (only == null ? "" : " at " + only)
            + ": "
            + Plural.of(s.sessions(), "session")
            + ", "
            + Plural.of(s.rounds(), "scored round")
            + ", "
            + Plural.of(s.minutes(), "minute")
            + " answering",
        "");
    t.levels(s);
    t.trend(s, width);
    t.missed(s);
    t.principles(s);
    return List.copyOf(t.out);
  }

  private void levels(Stats s) {
    line("").line("Average score by level");
    for (Stats.LevelStats l : s.levels()) {
      line(
          "  "
              + Format.left(String.valueOf(l.level()), 3)
              + " "
              + Format.right(Format.d(l.averageScore()), 3)
              + "/100  "
              + Format.bar(l.averageScore() / 100.0, BAR)
              + "  over "
              + Plural.of(l.rounds(), "round"));
    }
    for (Stats.LevelStats l : s.levels()) {
      line("").line("By dimension at " + l.level() + " (weighted points earned of possible)");
      for (Stats.DimensionAverage d : l.dimensions()) {
        line(
            "  "
                + Format.left(String.valueOf(d.dimension()), 14)
                + " "
                + Format.right(Format.d(d.percent()), 3)
                + "%  "
                + Format.bar(d.percent() / 100.0, BAR)
                + "  "
                + Format.d(d.earned())
                + "/"
                + Format.d(d.possible()));
      }
    }
  }

  private void trend(Stats s, int width) {
    List<Stats.SessionScore> all = s.bySession();
    if (all.isEmpty()) {
      return;
    }
    int room = Math.max(10, Math.min(width - 4, 100));
    List<Stats.SessionScore> shown = all.subList(Math.max(0, all.size() - room), all.size());
    line("")
        .line(
            "Trend by session ("
                + (shown.size() < all.size()
                    ? "last " + shown.size() + " of " + all.size()
                    : Plural.of(shown.size(), "session"))
                + ", oldest to newest; ▁ 0 to █ 100)");
    List<Integer> scores = new ArrayList<>(shown.size());
    int best = 0;
    for (Stats.SessionScore x : shown) { // a loop, not a stream: no pipeline set up for it
      scores.add(x.score());
      best = scores.size() == 1 ? x.score() : Math.max(best, x.score());
    }
    line("  " + Sparkline.of(scores));
    line(
        "  first "
            + shown.get(0).score()
            + ", last "
            + shown.get(shown.size() - 1).score()
            + ", best "
            + best);
    List<Stats.WeekScore> weeks = s.byWeek();
    line("")
        .line(
            "Trend by week (mean session score"
                + (weeks.size() > WEEKS ? ", last " + WEEKS + " weeks with practice" : "")
                + ")");
    for (Stats.WeekScore w : weeks.subList(Math.max(0, weeks.size() - WEEKS), weeks.size())) {
      line(
          "  week of "
              + w.monday()
              + "  "
              + Format.right(Format.d(w.averageScore()), 3)
              + "  "
              + Format.bar(w.averageScore() / 100.0, BAR)
              + "  "
              + Plural.of(w.sessions(), "session"));
    }
  }

  private void missed(Stats s) {
    if (s.mostMissed().isEmpty()) {
      return;
    }
    line("").line("Most-missed key points (by scenario)");
    int i = 1;
    for (Stats.MissedPoint m : s.mostMissed()) {
      wrapped(
          Format.right(Format.d(i++), 2)
              + ". "
              + m.key()
              + " at "
              + m.level()
              + ": missed "
              + Format.d(m.missed())
              + " of "
              + Format.d(m.asked())
              + " ("
              + Format.d(m.percent())
              + "%)",
          "  ");
      wrapped(m.text(), "      ");
      wrapped("in " + m.scenario(), "      ");
    }
  }

  private void principles(Stats s) {
    if (s.principles().isEmpty()) {
      return;
    }
    line("").line("Leadership Principles (behavioural rounds, weakest first)");
    int name = 0;
    for (PrincipleStats p : s.principles()) {
      name = Math.max(name, dev.mockloop.engine.RoundTitle.principle(p.principle()).length());
    }
    for (PrincipleStats p : s.principles()) {
      wrapped(
          Format.left(dev.mockloop.engine.RoundTitle.principle(p.principle()), name)
              + " "
              + Format.right(Format.d(p.averageScore()), 3)
              + "/100  "
              + Format.bar(p.averageScore() / 100.0, BAR)
              + "  over "
              + Plural.of(p.rounds(), "round"),
          "  ");
      if (!p.mostMissed().isEmpty()) {
        wrapped(
            "most missed (" + Plural.of(p.missed(), "time") + "): " + p.mostMissedText(), "      ");
      }
    }
  }

  /** {@code text} after {@code indent}: wrapped, its later lines hang under the indent. */
  private void wrapped(String text, String indent) {
    line(indent + text);
  }

  private StatsReport line(String s) {
    out.add(ReportLine.of(s, Tone.NORMAL));
    return this;
  }
}
