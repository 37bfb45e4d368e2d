package dev.mockloop.report;

import dev.mockloop.io.Plural;
import dev.mockloop.report.ReportLine.Tone;
import dev.mockloop.session.SelfRatingStats;
import java.util.ArrayList;
import java.util.List;

/**
 * The self-rating section of {@code review stats} as report lines: how often the user's own 0-4
 * rating matched the scorer's band, which way it leans, whether it got closer over time, by level
 * and by the round's weakest dimension. Long lines hang under their indent when wrapped ({@link
 * Wrap}).
 */
public final class SelfRatingStatsReport {
  private final List<ReportLine> out = new ArrayList<>();

  private SelfRatingStatsReport() {}

  /**
   * How the user's own ratings track the scorer's band (see docs/practice.md, "Predict, then see");
   * says plainly when there are too few ratings to read.
   */
  public static List<ReportLine> of(SelfRatingStats r) {
    SelfRatingStatsReport t = new SelfRatingStatsReport();
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

  private SelfRatingStatsReport line(String s) {
    out.add(ReportLine.of(s, Tone.NORMAL));
    return this;
  }
}
