package dev.mockloop.tui;

import dev.mockloop.report.ReportLine;
import dev.mockloop.report.ReportLine.Tone;
import java.util.ArrayList;
import java.util.List;

/**
 * Report lines ({@code dev.mockloop.report}) on screen: each tone as this theme's style. The TUI's
 * only part in what the results, the loop summary and the review browser say.
 */
final class Tones {
  private Tones() {}

  /** The lines as styled paragraphs. */
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

  /** The lines styled and wrapped to {@code width}, list items hanging under their text. */
  static List<List<Span>> wrapped(List<ReportLine> lines, Theme t, int width) {
    return Styled.wrapAll(spans(lines, t), width);
  }

  static Style style(Tone tone, Theme t) {
    return switch (tone) {
      case NORMAL, ANSWER -> t.normal;
      case DIM -> t.dim;
      case TITLE, HEADING -> t.heading;
      case GOOD -> t.good;
      case WARN -> t.warn;
      case BAD -> t.bad;
      case HIGHLIGHT -> t.highlight;
    };
  }
}
