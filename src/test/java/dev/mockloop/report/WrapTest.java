package dev.mockloop.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockloop.report.ReportLine.Run;
import dev.mockloop.report.ReportLine.Tone;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one word wrapper: breaks, hanging list items, styled runs. */
class WrapTest {
  private static List<String> wrap(String text, int width) {
    return Wrap.lines(text, width).stream()
        .map(l -> " ".repeat(l.indent()) + text.substring(l.start(), l.end()))
        .toList();
  }

  @Test
  void breaksAtSpacesAndKeepsTheParagraphsOwnNewlines() {
    assertThat(wrap("the quick brown fox jumps\nover the lazy dog", 10))
        .containsExactly("the quick", "brown fox", "jumps", "over the", "lazy dog");
  }

  @Test
  void cutsAWordLongerThanTheLine() {
    assertThat(wrap("abcdefghijkl mn", 5)).containsExactly("abcde", "fghij", "kl mn");
  }

  @Test
  void listItemsHangUnderTheirText() {
    assertThat(wrap("  ✓ Checks the latency against the target", 20))
        .containsExactly("  ✓ Checks the", "    latency against", "    the target");
    assertThat(wrap("    - hint: say the p99 in ms", 16))
        .containsExactly("    - hint: say", "      the p99 in", "      ms");
  }

  @Test
  void aRoundRowOfTheDebriefAndTheLoopSummaryHangsUnderItsText() {
    assertThat(
            wrap(
                "  Round 2 · 3 good (72) · Leadership Principle: Earn Trust · Owned a mistake", 40))
        .containsExactly(
            "  Round 2 · 3 good (72) · Leadership",
            "            Principle: Earn Trust ·",
            "            Owned a mistake");
    assertThat(wrap("  Round 1   42/100  ████  04:10  DynamoDB vs RDS at 100K QPS", 45))
        .containsExactly(
            "  Round 1   42/100  ████  04:10  DynamoDB vs", "            RDS at 100K QPS");
    assertThat(Wrap.hang("Round 3 of the loop")).isZero();
  }

  @Test
  void aLineThatFitsIsLeftAlone() {
    assertThat(wrap("", 10)).containsExactly("");
    assertThat(wrap("exactly 10", 10)).containsExactly("exactly 10");
  }

  @Test
  void aLongWordOverflowsWhenNotCut() {
    assertThat(
            Wrap.lines("ab abcdefghij cd", 5, Wrap.ONE_COLUMN, false).stream()
                .map(l -> l.start() + "-" + l.end())
                .toList())
        .containsExactly("0-2", "3-13", "14-16");
  }

  @Test
  void wideCharactersCountAsTheColumnsTheFrontEndSays() {
    assertThat(
            Wrap.lines("日本語 テキスト", 6, c -> c >= 0x1100 ? 2 : 1, true).stream()
                .map(l -> l.start() + "-" + l.end())
                .toList())
        .containsExactly("0-3", "4-7", "7-8");
  }

  @Test
  void numberedItemsHangToo() {
    assertThat(Wrap.hang("  1. Name the metric")).isEqualTo(5);
    assertThat(Wrap.hang("- item")).isEqualTo(2);
    assertThat(Wrap.hang("plain text")).isZero();
  }

  @Test
  void aStyledLineIsCutIntoRunsPerVisualLine() {
    ReportLine answer =
        new ReportLine(
            List.of(
                new Run("I pick ", Tone.ANSWER),
                new Run("DynamoDB", Tone.HIGHLIGHT),
                new Run(" for p99 reads", Tone.ANSWER)));
    List<ReportLine> lines = StyledWrap.lines(answer.bracketed(), 14);
    assertThat(lines.stream().map(ReportLine::text))
        .containsExactly("I pick", "[DynamoDB] for", "p99 reads");
    assertThat(StyledWrap.lines(answer, 14).get(1).runs().get(0).tone()).isEqualTo(Tone.HIGHLIGHT);
  }

  @Test
  void everyListItemOfAMultiLineTextHangsNotJustTheFirst() {
    // a question's context as the reading page shows it (found by a tester: items 2 and 3 did not)
    String context = "- one two three four\n- five six seven eight\nplain nine ten eleven";
    assertThat(wrap(context, 12))
        .containsExactly(
            "- one two",
            "  three four",
            "- five six",
            "  seven",
            "  eight",
            "plain nine",
            "ten eleven");
  }
}
