package dev.mockloop.report;

import dev.mockloop.report.ReportLine.Tone;
import dev.mockloop.scoring.GradeBand;
import dev.mockloop.scoring.ScoreCard;
import java.util.ArrayList;
import java.util.List;

/**
 * One scored answer for {@code mockloop score}: the total and grade band, a bar per dimension, the
 * points as the results screen shows them ({@link AnswerLines}), the level read and the signals.
 */
public final class ScoreReport {
  private ScoreReport() {}

  /**
   * @param what what was answered: "dynamodb-vs-rds (L6)"
   */
  public static List<ReportLine> of(String what, ScoreCard card) {
    List<ReportLine> out = new ArrayList<>();
    out.add(
        new ReportLine(
            List.of(
                new ReportLine.Run(what + ": ", Tone.HEADING),
                new ReportLine.Run(card.score() + "/100", Format.scoreTone(card.score())),
                new ReportLine.Run(
                    "  (grade band " + GradeBand.of(card.score()) + ")", Tone.NORMAL))));
    CardDetails.dimensions("By dimension", card, out);
    out.add(ReportLine.gap());
    AnswerLines.points(card, out);
    CardDetails.levelRead(card.levelRead(), out);
    CardDetails.signals(card.signals(), out);
    return List.copyOf(out);
  }
}
