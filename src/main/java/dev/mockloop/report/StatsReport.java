package dev.mockloop.report;

import dev.mockloop.bank.Level;
import dev.mockloop.io.Plural;
import dev.mockloop.report.ReportLine.Tone;
import dev.mockloop.session.PrincipleStats;
import dev.mockloop.session.SelfRatingStats;
import dev.mockloop.session.Stats;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link Stats} for {@code review stats} as report lines: bars, a sparkline and a ranked list; and
 * how the user's self-ratings track the scorer. Long lines hang under their indent when wrapped
 * ({@link Wrap}).
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
          String.format(
              "  %-3s %3d/100  %s  over %s",
              l.level(),
              l.averageScore(),
              Format.bar(l.averageScore() / 100.0, BAR),
              Plural.of(l.rounds(), "round")));
    }
    for (Stats.LevelStats l : s.levels()) {
      line("").line("By dimension at " + l.level() + " (weighted points earned of possible)");
      for (Stats.DimensionAverage d : l.dimensions()) {
        line(
            String.format(
                "  %-14s %3d%%  %s  %d/%d",
                d.dimension(),
                d.percent(),
                Format.bar(d.percent() / 100.0, BAR),
                d.earned(),
                d.possible()));
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
    line("  " + Sparkline.of(shown.stream().map(Stats.SessionScore::score).toList()));
    int best = shown.stream().mapToInt(Stats.SessionScore::score).max().orElse(0);
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
          String.format(
              "  week of %s  %3d  %s  %s",
              w.monday(),
              w.averageScore(),
              Format.bar(w.averageScore() / 100.0, BAR),
              Plural.of(w.sessions(), "session")));
    }
  }

  private void missed(Stats s) {
    if (s.mostMissed().isEmpty()) {
      return;
    }
    line("").line("Most-missed key points (across scenarios)");
    int i = 1;
    for (Stats.MissedPoint m : s.mostMissed()) {
      wrapped(
          String.format(
              "%2d. %s at %s: missed %d of %d (%d%%)",
              i++, m.pointId(), m.level(), m.missed(), m.asked(), m.percent()),
          "  ");
      wrapped(m.text(), "      ");
      wrapped("in " + String.join(", ", m.scenarios()), "      ");
    }
  }

  private void principles(Stats s) {
    if (s.principles().isEmpty()) {
      return;
    }
    line("").line("Leadership Principles (behavioural rounds, weakest first)");
    int name =
        s.principles().stream()
            .mapToInt(p -> dev.mockloop.engine.RoundTitle.principle(p.principle()).length())
            .max()
            .orElse(0);
    for (PrincipleStats p : s.principles()) {
      wrapped(
          String.format(
              "%-" + name + "s %3d/100  %s  over %s",
              dev.mockloop.engine.RoundTitle.principle(p.principle()),
              p.averageScore(),
              Format.bar(p.averageScore() / 100.0, BAR),
              Plural.of(p.rounds(), "round")),
          "  ");
      if (!p.mostMissed().isEmpty()) {
        wrapped(
            "most missed (" + Plural.of(p.missed(), "time") + "): " + p.mostMissedText(), "      ");
      }
    }
  }

  /**
   * How the user's own ratings track the scorer's band (see docs/practice.md, "Predict, then see");
   * says plainly when there are too few ratings to read.
   */
  public static List<ReportLine> selfRating(SelfRatingStats r) {
    StatsReport t = new StatsReport();
    t.line("").line("Self-rating vs the scorer (0-4 bands, rated before the score)");
    if (!r.enough()) {
      t.wrapped(
          Plural.of(r.count(), "rated round")
              + " so far: too few to say how your sense of"
              + " an answer tracks the scorer's (this needs "
              + SelfRatingStats.MIN
              + "). Rate your"
              + " rounds before the score to see it.",
          "  ");
      return List.copyOf(t.out);
    }
    t.wrapped(
        String.format(
            "%s: you gave the scorer's band %d times (%d%%), within one band %d%%;"
                + " mean difference %s bands: %s",
            Plural.of(r.count(), "rated round"),
            r.agree(),
            r.agreePercent(),
            r.withinOnePercent(),
            signed(r.meanDiff()),
            r.lean()),
        "  ");
    t.wrapped(
        String.format(
            "over time: your rating was %.1f bands off on average in the older"
                + " half, %.1f in the newer half",
            r.earlyGap(), r.lateGap()),
        "  ");
    for (SelfRatingStats.Group g : r.byLevel()) {
      t.line(
          String.format(
              "  %-3s %s  agree %3d%%  mean %s  %s",
              g.name(),
              pad(Plural.of(g.count(), "rating"), 11),
              g.agreePercent(),
              signed(g.meanDiff()),
              g.lean()));
    }
    if (!r.byWeakest().isEmpty()) {
      t.line("  when this was the round's weakest dimension:");
      for (SelfRatingStats.Group g : r.byWeakest()) {
        t.line(
            String.format(
                "    %-14s %s  mean %s  %s",
                g.name(),
                pad(Plural.of(g.count(), "round"), 10),
                signed(g.meanDiff()),
                g.count() < 3 ? "too few to call" : g.lean()));
      }
    }
    return List.copyOf(t.out);
  }

  private static String signed(double d) {
    return String.format("%+.1f", d);
  }

  private static String pad(String s, int w) {
    return String.format("%-" + w + "s", s);
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
