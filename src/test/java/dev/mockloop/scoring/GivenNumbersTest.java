package dev.mockloop.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockloop.bank.Glossary;
import java.util.List;
import org.junit.jupiter.api.Test;

class GivenNumbersTest {
  private static final TextAnalyzer ANALYZER =
      new TextAnalyzer(Glossary.EMPTY, TextAnalyzer.Stemmer.PORTER);
  private static final QuestionEcho QUESTION =
      QuestionEcho.of(
          ANALYZER,
          "Two recent incidents traced back to expired locks. Incident one cost $300K.",
          "The platform team has 5 engineers; a freeze starts in 6 months.",
          "Reads peak at 100,000 a second.");

  private static List<String> facts(String answer) {
    return QuantityReader.facts(new AnalyzedAnswer(answer, ANALYZER, QUESTION));
  }

  @Test
  void aGivenNumberWithAUnitTheQuestionNeverPutNearItIsTheAnswersOwn() {
    assertThat(facts("Each migration takes one to two weeks, with 2 engineers embedded."))
        .containsExactly("two weeks", "2 engineers");
  }

  @Test
  void aGivenNumberWithTheQuestionsOwnUnitOrNoUnitStillRestatesIt() {
    assertThat(facts("We have 5 engineers and 6 months; the two incidents cost $300K.")).isEmpty();
    assertThat(facts("A larger given number with another unit is still the question's: 100K QPS."))
        .isEmpty();
  }

  @Test
  void aDurationSaidInOtherUnitsIsNotTheQuestionsNumberItConvertsTo() {
    // "two weeks" reads "14 days"; the question's "14" is a count of lock uses, not a duration
    QuestionEcho uses = QuestionEcho.of(ANALYZER, "14 use Redis SETNX with an expiry.");
    assertThat(
            QuantityReader.facts(
                new AnalyzedAnswer("Each move takes two weeks of work.", ANALYZER, uses)))
        .containsExactly("two weeks");
    QuestionEcho days = QuestionEcho.of(ANALYZER, "The last migration took 14 days.");
    assertThat(
            QuantityReader.facts(
                new AnalyzedAnswer("Each move takes two weeks of work.", ANALYZER, days)))
        .isEmpty();
  }

  @Test
  void aRateSaidWithAOrPerIsAQuantity() {
    assertThat(facts("About 50 a second call the tax service, 0.0005 per account per second."))
        .containsExactly("50 a second", "0.0005 per account");
  }

  @Test
  void aCountOfSomethingPerUnitOfTimeIsAQuantity() {
    // a follow-up that covered all five points scored 45 with "numbers: none" before this
    assertThat(
            QuantityReader.facts(
                new AnalyzedAnswer(
                    "Give a quiet instance a floor of one retry a second.", ANALYZER)))
        .containsExactly("one retry a second");
    // a number with no unit after its noun is still not a fact
    assertThat(
            QuantityReader.facts(
                new AnalyzedAnswer("Pick one retry policy for every service.", ANALYZER)))
        .isEmpty();
  }
}
