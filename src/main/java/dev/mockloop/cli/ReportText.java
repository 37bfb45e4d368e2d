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
      for (ReportLine line : StyledWrap.lines(color ? l : l.bracketed(), width)) {
        for (ReportLine.Run r : line.runs()) {
          out.append(paint(r.tone(), r.text(), color));
        }
        out.append(System.lineSeparator());
      }
    }
    return out.toString();
  }

  private static String paint(Tone tone, String text, boolean color) {
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
