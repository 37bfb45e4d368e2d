package dev.mockloop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockloop.report.ReportLine;
import dev.mockloop.report.ReportLine.Tone;
import dev.mockloop.report.StyledWrap;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link ReportText}: a line of one run that fits is printed as it is, without the wrapping; the
 * text is the same as every line wrapped by {@link StyledWrap} gives, with colour and without.
 */
class ReportTextTest {
  private static final String[] WORDS = {
    "a", "word", "longer-word", "ü", "😀", "  ", "1.", "✓", "[x]", "Round", "3", "·", "", "\t"
  };

  @Test
  void linesThatFitAreThoseTheWrappingGives() {
    Random r = new Random(12);
    for (int n = 0; n < 3000; n++) {
      List<ReportLine> lines = new ArrayList<>();
      for (int i = r.nextInt(4); i >= 0; i--) {
        List<ReportLine.Run> runs = new ArrayList<>();
        for (int k = r.nextInt(3) == 0 ? 1 + r.nextInt(3) : 1; k > 0; k--) {
          StringBuilder sb = new StringBuilder();
          for (int w = r.nextInt(12); w > 0; w--) {
            sb.append(WORDS[r.nextInt(WORDS.length)]).append(r.nextInt(5) == 0 ? "\n" : " ");
          }
          Tone tone = Tone.values()[r.nextInt(Tone.values().length)];
          runs.add(new ReportLine.Run(r.nextInt(6) == 0 ? "" : sb.toString().strip(), tone));
        }
        lines.add(new ReportLine(runs));
      }
      int width = r.nextInt(5) == 0 ? r.nextInt(3) : 10 + r.nextInt(60);
      for (boolean color : new boolean[] {false, true}) {
        assertThat(ReportText.render(lines, width, color)).isEqualTo(wrapped(lines, width, color));
      }
    }
  }

  /** Every line through {@link StyledWrap}, as before the shortcut. */
  private static String wrapped(List<ReportLine> lines, int width, boolean color) {
    StringBuilder out = new StringBuilder();
    for (ReportLine l : lines) {
      for (ReportLine line : StyledWrap.lines(color ? l : l.bracketed(), width)) {
        for (ReportLine.Run r : line.runs()) {
          out.append(ReportText.paint(r.tone(), r.text(), color));
        }
        out.append(System.lineSeparator());
      }
    }
    return out.toString();
  }
}
