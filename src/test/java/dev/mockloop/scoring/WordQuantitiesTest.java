package dev.mockloop.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockloop.bank.Glossary;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Quantities said in words or in cents fill a placeholder as digits do. */
class WordQuantitiesTest {
  private static final TextAnalyzer ANALYZER =
      new TextAnalyzer(Glossary.EMPTY, TextAnalyzer.Stemmer.PORTER);

  private static List<String> found(String text, String kind) {
    AnalyzedAnswer a = new AnalyzedAnswer(text, ANALYZER, QuestionEcho.NONE);
    return Quantities.spans(a, kind).stream()
        .map(s -> text.substring(a.tokens.get(s[0]).start(), a.tokens.get(s[s.length - 1]).end()))
        .toList();
  }

  @Test
  void halfAPercentIsAPercentage() {
    assertThat(found("Alert when skew goes over half a percent.", "percent"))
        .containsExactly("half a percent");
    assertThat(found("Half the fleet, a percent of it.", "percent")).isEmpty();
  }

  @Test
  void aMillisecondIsADurationButASecondRegionIsNot() {
    assertThat(found("Reads take about a millisecond.", "duration"))
        .containsExactly("a millisecond");
    assertThat(found("Add a second region in a minute.", "duration")).isEmpty();
    assertThat(found("A bad day.", "number")).isEmpty();
  }

  @Test
  void aFewSecondsAndForAWeekAreDurationsButOnceAWeekIsNot() {
    assertThat(found("Cut over once lag stays under a few seconds for a week.", "duration"))
        .containsExactly("a few seconds", "a week");
    assertThat(found("It took a couple of months.", "duration"))
        .containsExactly("a couple of months");
    assertThat(found("We deploy once a week, a few times.", "duration")).isEmpty();
  }

  @Test
  void centsAreMoney() {
    assertThat(found("About 1.5 cents per shard hour.", "money")).containsExactly("1.5 cents");
  }
}
