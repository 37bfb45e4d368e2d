package dev.mockloop.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockloop.bank.Glossary;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code <year>}: a year said as a time is a story's "when"; a count that looks like one is not.
 */
class YearPlaceholderTest {
  private static final TextAnalyzer ANALYZER =
      new TextAnalyzer(Glossary.EMPTY, TextAnalyzer.Stemmer.PORTER);

  private static List<String> years(String text) {
    AnalyzedAnswer a = new AnalyzedAnswer(text, ANALYZER, QuestionEcho.NONE);
    return Quantities.spans(a, "year").stream()
        .map(s -> text.substring(a.tokens.get(s[0]).start(), a.tokens.get(s[1]).end()))
        .toList();
  }

  @Test
  void aYearAfterInSinceOrEarlyIsATime() {
    assertThat(years("In 2022 I led the team; since 2019 we had one database."))
        .containsExactly("In 2022", "since 2019");
    assertThat(years("It shipped early 2021 and again in 1998."))
        .containsExactly("early 2021", "in 1998");
  }

  @Test
  void countsAndOtherNumbersAreNotYears() {
    assertThat(years("We served 2022 requests a second, in 3000 stores, in 2045.")).isEmpty();
    assertThat(years("in 20 minutes")).isEmpty();
  }
}
