package dev.mockloop.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockloop.bank.Bank;
import dev.mockloop.bank.BankLoader;
import dev.mockloop.bank.FollowUp;
import dev.mockloop.bank.Level;
import dev.mockloop.bank.Scenario;
import dev.mockloop.scoring.ScoreCard;
import dev.mockloop.scoring.Scorer;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** when_said and when_missing follow-ups, chosen from real score cards of banks/lp. */
class FollowUpChooserTest {
  private static Scorer scorer;
  private static Scenario flaky;
  private static List<FollowUp> followUps;

  @BeforeAll
  static void load() throws URISyntaxException {
    Bank bank =
        BankLoader.load(Path.of(FollowUpChooserTest.class.getResource("/banks/lp").toURI())).bank();
    scorer = new Scorer(bank.glossary());
    flaky = bank.find("flaky-dependency").orElseThrow();
    followUps = flaky.level(Level.L6).followUps();
  }

  private static List<String> chosen(String answer, int max) {
    ScoreCard card = scorer.scoreMain(answer, flaky, Level.L6);
    return FollowUpChooser.choose(followUps, card, max).stream().map(FollowUp::id).toList();
  }

  @Test
  void aPhraseInTheAnswerMakesAWhenSaidFollowUpEligible() {
    assertThat(
            chosen(
                "I would isolate the calls with a bulkhead of 20 threads and a 300 ms"
                    + " timeout.",
                3))
        .contains("bulkhead-size");
    assertThat(chosen("I would set a 300 ms timeout and serve a fallback.", 3))
        .doesNotContain("bulkhead-size", "breaker-sharing");
  }

  @Test
  void aNegatedOrDismissedMentionDoesNotCount() {
    assertThat(chosen("I would not use a bulkhead here; a 300 ms timeout is enough.", 3))
        .doesNotContain("bulkhead-size");
    assertThat(chosen("No need for a circuit breaker: a 300 ms timeout and a fallback do.", 3))
        .doesNotContain("breaker-sharing");
  }

  @Test
  void aCoveredPointMakesAWhenSaidFollowUpEligible() {
    assertThat(chosen("When the breaker is half-open it lets one probe request through.", 3))
        .contains("breaker-sharing");
  }

  @Test
  void theDiveOnTheStrongestClaimComesFirstThenTheGapOnTheBiggestMiss() {
    String answer =
        "I would add a circuit breaker with a half-open state, a bulkhead of 20"
            + " threads and a 300 ms timeout.";
    assertThat(chosen(answer, 2)).containsExactly("breaker-sharing", "retries");
    assertThat(chosen(answer, 3)).containsExactly("breaker-sharing", "retries", "bulkhead-size");
  }

  @Test
  void whyIsADiveOrAGapInWordsForReview() {
    ScoreCard card =
        scorer.scoreMain("I would isolate calls with a bulkhead and a timeout.", flaky, Level.L6);
    assertThat(FollowUpChooser.why(flaky.level(Level.L6).followUp("bulkhead-size"), card))
        .isEqualTo("Dive deep: you said \"bulkhead\"");
    assertThat(FollowUpChooser.why(flaky.level(Level.L6).followUp("retries"), card))
        .isEqualTo("Gap: you did not cover \"Serves a fallback\"");
  }
}
