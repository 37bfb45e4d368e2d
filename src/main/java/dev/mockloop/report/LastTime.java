package dev.mockloop.report;

import dev.mockloop.engine.RoundState;
import dev.mockloop.report.ReportLine.Run;
import dev.mockloop.report.ReportLine.Tone;
import dev.mockloop.session.Comparison;
import dev.mockloop.session.History;
import dev.mockloop.session.PracticeRun;
import dev.mockloop.session.SessionException;
import dev.mockloop.session.SessionIndex;
import dev.mockloop.session.SessionStore;
import dev.mockloop.session.Summaries;
import dev.mockloop.session.Transcript;
import dev.mockloop.session.TranscriptRound;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * "Last time 62 → now 81 (+19)" for the results screen of a round whose scenario was done before at
 * the same level, with the points newly covered and dropped in brief. It reads the session index
 * (so only this session's transcript is read again) and says nothing when the index cannot be read
 * or there is no earlier attempt.
 */
public final class LastTime {
  /** Point sentences listed per kind before "and N more" on the results screen. */
  static final int SHOWN = 2;

  private LastTime() {}

  /** The lines for the current round of {@code run}, saved just before; empty when first. */
  public static List<ReportLine> of(SessionStore store, PracticeRun run, ZoneId zone) {
    try {
      RoundState s = run.state();
      Transcript t = run.snapshot();
      TranscriptRound round = t.rounds().get(s.round() - 1);
      History h = SessionIndex.load(store);
      return h.compare(run.saves().id(), s.level(), Summaries.round(round))
          .map(c -> lines(c, h, round.scenario(), t, zone, SHOWN))
          .orElse(List.of());
    } catch (SessionException e) {
      return List.of(); // a comparison is a nicety; the results stand without it
    }
  }

  /**
   * The comparison {@code c} of a round of {@code t} with the last attempt: at most {@code shown}
   * point sentences per kind; with no limit ({@code Integer.MAX_VALUE}, as review shows it) the
   * points still missed too.
   */
  public static List<ReportLine> lines(
      Comparison c, History h, String scenario, Transcript t, ZoneId zone, int shown) {
    List<ReportLine> out = new ArrayList<>();
    String when =
        DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH).withZone(zone).format(c.previousAt());
    String change = c.change();
    Tone tone =
        change.startsWith("+") ? Tone.GOOD : change.startsWith("-") ? Tone.BAD : Tone.NORMAL;
    out.add(
        new ReportLine(
            List.of(
                new Run(
                    "Last time "
                        + c.previousScore()
                        + (c.score() == null ? " → not scored now" : " → now " + c.score() + " "),
                    Tone.HEADING),
                new Run(change.isEmpty() ? "" : "(" + change + ")", tone),
                new Run("  at " + t.level() + " on " + when, Tone.DIM))));
    brief(out, "newly covered: ", c.newlyCovered(), shown, h, scenario, t, Tone.GOOD);
    brief(out, "missed this time: ", c.dropped(), shown, h, scenario, t, Tone.BAD);
    if (shown == Integer.MAX_VALUE) {
      brief(out, "still missed: ", c.stillMissed(), shown, h, scenario, t, Tone.DIM);
    }
    return out;
  }

  private static void brief(
      List<ReportLine> out,
      String label,
      List<String> keys,
      int shown,
      History h,
      String scenario,
      Transcript t,
      Tone tone) {
    if (keys.isEmpty()) {
      return;
    }
    var own = Summaries.pointTexts(t);
    List<String> texts =
        keys.stream()
            .limit(shown)
            .map(
                k ->
                    own.getOrDefault(
                            Summaries.pointKey(scenario, t.level(), k),
                            h.pointText(scenario, t.level(), k))
                        .strip()
                        .replaceAll("[.]$", ""))
            .toList();
    String more = keys.size() > shown ? "; and " + (keys.size() - shown) + " more" : "";
    out.add(ReportLine.of("  " + label + String.join("; ", texts) + more, tone));
  }
}
