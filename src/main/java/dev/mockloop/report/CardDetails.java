package dev.mockloop.report;

import dev.mockloop.io.Plural;
import dev.mockloop.report.ReportLine.Run;
import dev.mockloop.report.ReportLine.Tone;
import dev.mockloop.scoring.DimensionScore;
import dev.mockloop.scoring.LevelRead;
import dev.mockloop.scoring.ScoreCard;
import dev.mockloop.scoring.Signals;
import java.util.List;

/**
 * The parts of a card the results and {@code score} share besides its points: the level read with
 * its advice, a bar per dimension, and the signals the scorer read.
 */
final class CardDetails {
  private CardDetails() {}

  static void levelRead(LevelRead read, List<ReportLine> out) {
    if (read == null) {
      return;
    }
    out.add(ReportLine.gap());
    out.add(ReportLine.of("Level read", Tone.HEADING));
    out.add(ReportLine.of("  " + read.verdict(), read.onLevel() ? Tone.GOOD : Tone.WARN));
    if (!read.advice().isEmpty()) {
      out.add(ReportLine.of("  " + read.adviceHeading(), Tone.DIM));
      for (String m : read.advice()) {
        out.add(ReportLine.of("    - " + m, Tone.DIM));
      }
    }
  }

  static void dimensions(String heading, ScoreCard card, List<ReportLine> out) {
    out.add(ReportLine.gap());
    out.add(ReportLine.of(heading, Tone.HEADING));
    for (DimensionScore d : card.dimensions()) {
      out.add(
          new ReportLine(
              List.of(
                  new Run(String.format("  %-14s ", d.dimension()), Tone.NORMAL),
                  new Run(
                      Format.bar(d.ratio(), 20),
                      Format.scoreTone((int) Math.round(d.ratio() * 100))),
                  new Run("  " + d.earned() + "/" + d.possible(), Tone.NORMAL))));
    }
  }

  static void signals(Signals s, List<ReportLine> out) {
    out.add(ReportLine.gap());
    out.add(ReportLine.of("Signals", Tone.HEADING));
    out.add(
        ReportLine.of(
            "  "
                + Plural.of(s.words(), "word")
                + ", "
                + Plural.of(s.sentences(), "sentence")
                + ", "
                + Plural.of(s.contentWords(), "distinct content word")
                + ", decision: "
                + (s.decision() ? "yes" : "no")
                + ", structure: "
                + listOrNone(s.structure()),
            Tone.NORMAL));
    out.add(ReportLine.of("  numbers: " + listOrNone(s.quantifiedFacts()), Tone.NORMAL));
    out.add(ReportLine.of("  trade-offs: " + listOrNone(s.tradeOffs()), Tone.NORMAL));
  }

  private static String listOrNone(List<String> items) {
    return items.isEmpty() ? "none" : String.join(", ", items);
  }
}
