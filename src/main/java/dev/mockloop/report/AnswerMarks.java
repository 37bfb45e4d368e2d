package dev.mockloop.report;

import dev.mockloop.report.ReportLine.Run;
import dev.mockloop.report.ReportLine.Tone;
import dev.mockloop.scoring.Evidence;
import dev.mockloop.scoring.PointResult;
import dev.mockloop.scoring.ScoreCard;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits an answer into runs of {@link Tone#ANSWER}, marking every covered point's evidence as
 * {@link Tone#HIGHLIGHT}.
 */
public final class AnswerMarks {
  private AnswerMarks() {}

  /** The answer as one paragraph (it may hold newlines); "(empty)" for an empty answer. */
  public static ReportLine of(String answer, ScoreCard card) {
    if (answer.isEmpty()) {
      return ReportLine.of("(empty)", Tone.DIM);
    }
    boolean[] marked = new boolean[answer.length()];
    for (PointResult p : card.points()) {
      if (!p.covered()) {
        continue;
      }
      for (Evidence e : p.evidence()) {
        for (int i = Math.max(0, e.start()); i < Math.min(e.end(), answer.length()); i++) {
          marked[i] = true;
        }
      }
    }
    List<Run> out = new ArrayList<>();
    int start = 0;
    for (int i = 1; i <= answer.length(); i++) {
      if (i == answer.length() || marked[i] != marked[start]) {
        out.add(new Run(answer.substring(start, i), marked[start] ? Tone.HIGHLIGHT : Tone.ANSWER));
        start = i;
      }
    }
    return new ReportLine(out);
  }
}
