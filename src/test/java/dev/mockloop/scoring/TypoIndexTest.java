package dev.mockloop.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockloop.bank.Glossary;
import org.junit.jupiter.api.Test;

class TypoIndexTest {
  private static final TextAnalyzer ANALYZER =
      new TextAnalyzer(Glossary.EMPTY, TextAnalyzer.Stemmer.PORTER);

  private static int[] positions(String answer, String phrase) {
    return new AnalyzedAnswer(answer, ANALYZER).positions(Phrase.of(phrase, ANALYZER), 0);
  }

  @Test
  void findsALongWordWithATypoAfterShortWordsOfTheSameFirstLetter() {
    // "it", "is", "in" make the table of words starting with 'i' for short lengths; the long word
    // after them must still be found within a typo
    assertThat(positions("It is in the internationalizaton layer", "internationalization"))
        .containsExactly(4);
    assertThat(positions("internationalizaton it is", "internationalization")).containsExactly(0);
  }

  @Test
  void findsNoWordOfAnotherLength() {
    assertThat(positions("It is in the international layer", "internationalization")).isEmpty();
  }
}
