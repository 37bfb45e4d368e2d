package dev.mockloop.tui;

import dev.mockloop.engine.ReportLine;
import dev.mockloop.engine.ResultsReport;
import dev.mockloop.engine.RoundState;
import java.util.ArrayList;
import java.util.List;

/**
 * The content of the results screen as styled paragraphs. The content itself (total and
 * dimension bars, time used, level read, covered points with their evidence, missed points with
 * hints, flags, each answer with its matched words) is {@link ResultsReport}, shared with line
 * mode; this class only maps its tones to the theme's styles.
 */
final class ResultsText {
  private ResultsText() {}

  static List<List<Span>> of(RoundState s, Theme t) {
    return of(s, List.of(), t);
  }

  /** With the comparison with the last attempt after the score. */
  static List<List<Span>> of(RoundState s, List<ReportLine> progress, Theme t) {
    return spans(ResultsReport.of(s, progress), t);
  }

  /** The model answers of the round, for the "m" key. */
  static List<List<Span>> model(RoundState s, Theme t) {
    return spans(ResultsReport.model(s), t);
  }

  static List<List<Span>> spans(List<ReportLine> lines, Theme t) {
    List<List<Span>> out = new ArrayList<>();
    for (ReportLine line : lines) {
      List<Span> p = new ArrayList<>();
      for (ReportLine.Run r : line.runs()) {
        p.add(new Span(r.text(), style(r.tone(), t)));
      }
      out.add(p);
    }
    return out;
  }

  static Style style(ReportLine.Tone tone, Theme t) {
    return switch (tone) {
      case NORMAL -> t.normal;
      case DIM -> t.dim;
      case HEADING -> t.heading;
      case GOOD -> t.good;
      case WARN -> t.warn;
      case BAD -> t.bad;
      case HIGHLIGHT -> t.highlight;
    };
  }
}
