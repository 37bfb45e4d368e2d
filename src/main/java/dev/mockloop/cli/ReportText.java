package dev.mockloop.cli;

import dev.mockloop.report.ReportLine;
import dev.mockloop.report.ReportLine.Tone;
import dev.mockloop.report.StyledWrap;
import java.util.List;

/**
 * Report lines for the command line, wrapped to the width ({@link StyledWrap}): with colour, each
 * tone as an ANSI style (as line mode styles them); without, plain text with matched words in
 * [brackets].
 */
final class ReportText {
  private ReportText() {}

  static String render(List<ReportLine> lines, int width, boolean color) {
    StringBuilder out = new StringBuilder();
    for (ReportLine l : lines) {
      ReportLine shown = color ? l : l.bracketed();
      if (fits(shown, width)) { // what the wrapping would give: the line as it is
        ReportLine.Run r = shown.runs().get(0);
        out.append(r.text().isEmpty() ? "" : paint(r.tone(), r.text(), color));
        out.append(System.lineSeparator());
        continue;
      }
      for (ReportLine line : StyledWrap.lines(shown, width)) {
        for (ReportLine.Run r : line.runs()) {
          out.append(paint(r.tone(), r.text(), color));
        }
        out.append(System.lineSeparator());
      }
    }
    return out.toString();
  }

  /**
   * Whether {@code line} is one run of one line that fits the width, which {@link StyledWrap} gives
   * back as it is (every char one column: {@link dev.mockloop.report.Wrap#ONE_COLUMN}); an empty
   * one comes back with no run.
   */
  private static boolean fits(ReportLine line, int width) {
    if (line.runs().size() != 1) {
      return false;
    }
    String t = line.runs().get(0).text();
    return t.length() <= Math.max(1, width) && t.indexOf('\n') < 0;
  }

  static String paint(Tone tone, String text, boolean color) {
    String code =
        switch (tone) {
          case NORMAL, ANSWER -> "";
          case DIM -> "37";
          case TITLE, HEADING -> "1;96";
          case GOOD -> "92";
          case WARN -> "1;93";
          case BAD -> "1;91";
          case HIGHLIGHT -> "30;102";
        };
    return color && !code.isEmpty() ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
  }
}
