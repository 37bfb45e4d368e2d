package dev.mockloop.session;

import dev.mockloop.engine.ReportLine;
import dev.mockloop.engine.ReportLine.Run;
import dev.mockloop.engine.ReportLine.Tone;
import dev.mockloop.engine.RoundState;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * "Last time 62 → now 81 (+19)" for the results screen of a round whose scenario was done before
 * at the same level, with the points newly covered and dropped in brief. It reads the session
 * index (so only this session's transcript is read again) and says nothing when the index
 * cannot be read or there is no earlier attempt.
 */
public final class LastTime {
  /** Point sentences listed per kind before "and N more". */
  static final int SHOWN = 2;

  private LastTime() {}

  /** The lines for the current round of {@code run}, saved just before; empty when first. */
  public static List<ReportLine> of(SessionStore store, PracticeRun run, ZoneId zone) {
    try {
      RoundState s = run.state();
      Transcript t = run.snapshot();
      TranscriptRound round = t.rounds().get(s.round() - 1);
      History h = SessionIndex.load(store);
      return h.compare(run.id(), s.level(), Summaries.round(round))
          .map(c -> lines(c, h, round.scenario(), t, zone)).orElse(List.of());
    } catch (SessionException e) {
      return List.of(); // a comparison is a nicety; the results stand without it
    }
  }

  static List<ReportLine> lines(Comparison c, History h, String scenario, Transcript t,
      ZoneId zone) {
    List<ReportLine> out = new ArrayList<>();
    String when = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH).withZone(zone)
        .format(c.previousAt());
    String change = c.change();
    Tone tone = change.startsWith("+") ? Tone.GOOD : change.startsWith("-") ? Tone.BAD
        : Tone.NORMAL;
    out.add(new ReportLine(List.of(
        new Run("Last time " + c.previousScore() + " → now " + c.score() + " ", Tone.HEADING),
        new Run("(" + change + ")", tone),
        new Run("  at " + t.level() + " on " + when, Tone.DIM))));
    brief(out, "newly covered: ", c.newlyCovered(), h, scenario, t, Tone.GOOD);
    brief(out, "missed this time: ", c.dropped(), h, scenario, t, Tone.BAD);
    return out;
  }

  private static void brief(List<ReportLine> out, String label, List<String> keys, History h,
      String scenario, Transcript t, Tone tone) {
    if (keys.isEmpty()) {
      return;
    }
    var own = Summaries.pointTexts(t);
    List<String> texts = keys.stream().limit(SHOWN)
        .map(k -> own.getOrDefault(Summaries.pointKey(scenario, t.level(), k),
            h.pointText(scenario, t.level(), k)).strip().replaceAll("[.]$", "")).toList();
    String more = keys.size() > SHOWN ? "; and " + (keys.size() - SHOWN) + " more" : "";
    out.add(ReportLine.of("  " + label + String.join("; ", texts) + more, tone));
  }
}
