package dev.mockloop.report;

import dev.mockloop.engine.Answer;
import dev.mockloop.engine.DebriefRound;
import dev.mockloop.engine.Round;
import dev.mockloop.engine.RoundState;
import dev.mockloop.io.Plural;
import dev.mockloop.report.ReportLine.Run;
import dev.mockloop.report.ReportLine.Tone;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * After the last round of a loop: each round's score, time and title, the average, the {@link
 * Debrief}, and where the transcript is. Front-end neutral, like {@link ResultsReport}.
 */
public final class LoopSummary {
  private LoopSummary() {}

  public static List<ReportLine> of(List<Round> rounds, Path transcript) {
    List<ReportLine> p = new ArrayList<>();
    int sum = 0;
    long seconds = 0;
    for (Round r : rounds) {
      RoundState s = r.state();
      int score = s.score() == null ? 0 : s.score().score();
      long used = s.answers().stream().mapToLong(Answer::secondsUsed).sum();
      sum += score;
      seconds += used;
      p.add(
          new ReportLine(
              List.of(
                  new Run(String.format("  Round %d  %3d/100  ", s.round(), score), Tone.NORMAL),
                  new Run(Format.bar(score / 100.0, 20), score >= 70 ? Tone.GOOD : Tone.WARN),
                  new Run("  " + Format.mmss(used) + "  " + s.scenario().title(), Tone.NORMAL))));
    }
    int avg = rounds.isEmpty() ? 0 : Math.round((float) sum / rounds.size());
    p.add(0, ReportLine.gap());
    p.add(
        0,
        ReportLine.of(
            "Loop complete: average "
                + avg
                + "/100 over "
                + Plural.of(rounds.size(), "round")
                + ", "
                + Format.mmss(seconds)
                + " answering",
            Tone.HEADING));
    List<ReportLine> debrief =
        Debrief.of(rounds.stream().map(r -> DebriefRound.of(r.state())).toList());
    if (!debrief.isEmpty()) {
      p.add(ReportLine.gap());
      p.addAll(debrief);
    }
    p.add(ReportLine.gap());
    p.add(ReportLine.of("Transcript saved to " + transcript, Tone.HEADING));
    p.add(
        ReportLine.of(
            "Review it later with: mockloop review show "
                + transcript.getFileName().toString().replaceFirst("\\.yaml$", ""),
            Tone.DIM));
    return List.copyOf(p);
  }
}
