package dev.mockloop.line;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockloop.report.ReportLine;
import dev.mockloop.report.ReportLine.Run;
import dev.mockloop.report.ReportLine.Tone;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Report lines printed by line mode: plain with brackets, or ANSI styles. */
class PrinterTest {
  @Test
  void withoutColourMatchedWordsAreBracketedAndStillWrapped() throws Exception {
    try (PipedTerminal t = new PipedTerminal(true)) {
      Printer p = new Printer(t.terminal(), false);
      ReportLine answer =
          new ReportLine(
              List.of(
                  new Run("I pick ", Tone.NORMAL),
                  new Run("DynamoDB", Tone.HIGHLIGHT),
                  new Run(" for p99 reads", Tone.NORMAL)));
      assertThat(p.render(answer, 14)).containsExactly("I pick", "[DynamoDB] for", "p99 reads");
    }
  }

  @Test
  void withColourTonesBecomeAnsiStyles() throws Exception {
    try (PipedTerminal t = new PipedTerminal(false)) {
      Printer p = new Printer(t.terminal(), true);
      String line = p.render(ReportLine.of("Score", Tone.HEADING), 40).get(0);
      assertThat(line).contains("\u001B[").contains("Score").doesNotContain("[Score]");
    }
  }
}
