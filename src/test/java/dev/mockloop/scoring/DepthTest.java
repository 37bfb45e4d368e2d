package dev.mockloop.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.mockloop.bank.Glossary;
import dev.mockloop.bank.Level;
import dev.mockloop.bank.Scenario;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Depth: how much an answer says, earned in proportion to its rubric credit ({@link Depth}). */
class DepthTest {
  private static final TextAnalyzer ANALYZER =
      new TextAnalyzer(Glossary.EMPTY, TextAnalyzer.Stemmer.PORTER);

  @Test
  void contentWordsCountEachTermOnceAndLeaveOutTheQuestionsWordsGenericAndFunctionWords() {
    QuestionEcho question =
        QuestionEcho.of(ANALYZER, "Design the checkout service for a flash sale.", "");
    AnalyzedAnswer a =
        new AnalyzedAnswer(
            "I think the checkout service needs retries. Retries, retrying and a retried call all"
                + " need a jittered backoff, and it is important to make sure of it.",
            ANALYZER,
            question);
    // retry (one term for all four forms), jitter, backoff, call: "checkout" and "service"
    // repeat the question, "think", "important", "make", "sure", "need" are generic
    assertThat(ScenarioTerms.content(a)).isEqualTo(4);
  }

  @Test
  void depthIsFullAt130ContentWordsOr16SentencesThatSaySomethingOr80InAFollowUp() {
    assertThat(Depth.of(inputs(65, false))).isCloseTo(0.5, within(1e-9));
    assertThat(Depth.of(inputs(150, false))).isCloseTo(1.0, within(1e-9));
    assertThat(Depth.of(inputs(40, true))).isCloseTo(0.5, within(1e-9));
    assertThat(Depth.of(inputs(80, true))).isCloseTo(1.0, within(1e-9));
    // a plain answer: fewer distinct terms, as many sentences that say something
    assertThat(Depth.of(inputs(65, 13, false))).isCloseTo(0.8, within(1e-9));
    assertThat(Depth.of(inputs(100, 4, false))).isCloseTo(100 / 130.0, within(1e-9));
  }

  @Test
  void aSentenceSaysSomethingWithThreeContentTermsOfItsOwn() {
    QuestionEcho question =
        QuestionEcho.of(ANALYZER, "Design the checkout service for a flash sale.", "");
    AnalyzedAnswer a =
        new AnalyzedAnswer(
            "Copy the cart into a queue and charge the card later. The checkout service is"
                + " important. Keep a spare copy of every order in another region.",
            ANALYZER,
            question);
    // the first and the last say something; the second only repeats the question's words
    assertThat(ScenarioTerms.sharedAndContent(a, null)[2]).isEqualTo(2);
  }

  @Test
  void anAnswerThatEarnsLittleFromItsRubricEarnsLittleForLength() {
    ScoreFormula.Inputs long_ = inputs(150, false);
    // padding: a fifth of the rubric's credit and a great many words
    assertThat(Depth.blend(0.2, long_)).isLessThan(0.2);
    assertThat(Depth.gate(0.25)).isCloseTo(0.125, within(1e-9));
    // a good answer that says a lot keeps its credit and earns its depth
    assertThat(Depth.blend(0.6, long_)).isCloseTo(0.8, within(1e-9));
    // the same rubric credit said in few words earns half the depth
    assertThat(Depth.blend(0.6, inputs(65, false))).isCloseTo(0.55, within(1e-9));
  }

  @Test
  void theSamePointsExplainedOutscoreThemNamedAndATerseAnswerIsToldItIsThin() {
    Scorer scorer = Shipped.scorer();
    Scenario s = Shipped.bank().find("retry-with-backoff").orElseThrow();
    String named =
        "I would retry with exponential backoff and full jitter, cap the attempts at three, only"
            + " retry idempotent calls, and put a circuit breaker in front of the dependency so we"
            + " stop calling it when it is down. A retry budget of about ten percent of requests"
            + " keeps retries from tripling the load during an outage, and I would watch the retry"
            + " rate on a dashboard with an alarm on it. I would roll it out to one service first,"
            + " check the numbers for a week, and then turn it on for the rest.";
    String explained =
        named
            + " The backoff doubles the wait each attempt, 100 ms then 200 then 400, and the"
            + " jitter picks a random point in that window, so thousands of clients that failed"
            + " together do not come back together and knock the recovering service over again."
            + " Only calls that are safe to repeat get retried: a payment POST carries a request"
            + " key the server remembers, so a retry after a timeout cannot charge twice. The"
            + " breaker opens after, say, half the calls in a ten second window fail, sheds the"
            + " calls fast with a fallback such as a cached answer, and lets one probe through"
            + " after thirty seconds to see whether the dependency is back. I would only retry at"
            + " one layer, the edge client, because three layers each trying three times turn one"
            + " failed request into twenty-seven. Dashboards show the retry rate and breaker state"
            + " per dependency, and an alarm fires when retries pass the budget.";
    ScoreCard short_ = scorer.scoreMain(named, s, Level.L6);
    ScoreCard long_ = scorer.scoreMain(explained, s, Level.L6);
    assertThat(long_.score()).isGreaterThan(short_.score() + 10);
    assertThat(short_.signals().contentWords()).isLessThan(long_.signals().contentWords());
    assertThat(short_.flags()).extracting(Flag::code).contains("thin");
    assertThat(long_.flags()).extracting(Flag::code).doesNotContain("thin");
  }

  private static ScoreFormula.Inputs inputs(int contentWords, boolean followUp) {
    return inputs(contentWords, 0, followUp);
  }

  private static ScoreFormula.Inputs inputs(int contentWords, int said, boolean followUp) {
    Signals signals =
        new Signals(300, 15, List.of(), true, List.of(), List.of(), 0.5, 30, 0, contentWords, said);
    return new ScoreFormula.Inputs(
        0.5,
        0,
        signals,
        0,
        followUp,
        0,
        0,
        ScoreFormula.Inputs.NOT_A_STORY,
        0,
        0,
        0,
        ScoreFormula.Inputs.NO_SCOPE);
  }
}
