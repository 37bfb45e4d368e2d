package dev.mockloop.line;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockloop.report.ReportLine;
import dev.mockloop.report.ReportLine.Run;
import dev.mockloop.report.ReportLine.Tone;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Word wrapping and plain rendering of report paragraphs. */
class WrapTest {
  private static List<String> wrap(String text, int width) {
    return Wrap.lines(text, width).stream()
        .map(l -> " ".repeat(l.indent()) + text.substring(l.start(), l.end())).toList();
  }

  @Test
  void breaksAtSpacesAndKeepsTheParagraphsOwnNewlines() {
    assertThat(wrap("the quick brown fox jumps\nover the lazy dog", 10)).containsExactly(
        "the quick", "brown fox", "jumps", "over the", "lazy dog");
  }

  @Test
  void cutsAWordLongerThanTheLine() {
    assertThat(wrap("abcdefghijkl mn", 5)).containsExactly("abcde", "fghij", "kl mn");
  }

  @Test
  void listItemsHangUnderTheirText() {
    assertThat(wrap("  ✓ Checks the latency against the target", 20)).containsExactly(
        "  ✓ Checks the", "    latency against", "    the target");
    assertThat(wrap("    - hint: say the p99 in ms", 16)).containsExactly(
        "    - hint: say", "      the p99 in", "      ms");
  }

  @Test
  void aLineThatFitsIsLeftAlone() {
    assertThat(wrap("", 10)).containsExactly("");
    assertThat(wrap("exactly 10", 10)).containsExactly("exactly 10");
  }

  @Test
  void withoutColourMatchedWordsAreBracketedAndStillWrapped() throws Exception {
    try (PipedTerminal t = new PipedTerminal(true)) {
      Printer p = new Printer(t.terminal(), false);
      ReportLine answer = new ReportLine(List.of(new Run("I pick ", Tone.NORMAL),
          new Run("DynamoDB", Tone.HIGHLIGHT), new Run(" for p99 reads", Tone.NORMAL)));
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
