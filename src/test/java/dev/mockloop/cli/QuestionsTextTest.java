package dev.mockloop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class QuestionsTextTest {
  @Test
  void wrapsParagraphsAndKeepsBlankLines() {
    String text = "One two three four five six seven.\n\nEight nine.\n";
    assertThat(QuestionsText.wrap(text, 14, "  "))
        .containsExactly(
            "  One two", "  three four", "  five six", "  seven.", "", "  Eight nine.");
  }

  @Test
  void listItemsStartLinesAndHangUnderTheirText() {
    String text = "Steps:\n- first step is long and continues\n2. second\n";
    assertThat(QuestionsText.wrap(text, 16, ""))
        .containsExactly("Steps:", "- first step is", "  long and", "  continues", "2. second");
  }

  @Test
  void neverCutsAWordLongerThanTheLine() {
    assertThat(QuestionsText.wrap("a supercalifragilistic word", 10, ""))
        .containsExactly("a", "supercalifragilistic", "word");
  }

  @Test
  void widthComesFromColumns() {
    assertThat(QuestionsText.width(Map.of())).isEqualTo(80);
    assertThat(QuestionsText.width(Map.of("COLUMNS", "120"))).isEqualTo(120);
    assertThat(QuestionsText.width(Map.of("COLUMNS", "5"))).isEqualTo(20);
    assertThat(QuestionsText.width(Map.of("COLUMNS", "wide"))).isEqualTo(80);
  }
}
