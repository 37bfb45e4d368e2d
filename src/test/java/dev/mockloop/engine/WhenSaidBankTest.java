package dev.mockloop.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockloop.bank.Bank;
import dev.mockloop.bank.BankLoader;
import dev.mockloop.bank.FollowUp;
import dev.mockloop.bank.Level;
import dev.mockloop.bank.Scenario;
import dev.mockloop.scoring.PointResult;
import dev.mockloop.scoring.ScoreCard;
import dev.mockloop.scoring.Scorer;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Dive-deep follow-ups of the shipped bank presume only what the candidate said (issue 16): a
 * when_said probe whose ask names one mechanism is not triggered by a point that other mechanisms
 * cover too.
 */
class WhenSaidBankTest {
  private static Bank bank;
  private static Scorer scorer;
  private static Scenario latency;
  private static List<FollowUp> followUps;

  @BeforeAll
  static void load() {
    bank = BankLoader.load(Path.of("questions")).bank();
    scorer = new Scorer(bank.glossary());
    latency = bank.find("api-latency-optimization").orElseThrow();
    followUps = latency.level(Level.L7).followUps();
  }

  private static ScoreCard card(String answer) {
    return scorer.scoreMain(answer, latency, Level.L7);
  }

  private static List<String> chosen(ScoreCard card) {
    return FollowUpChooser.choose(followUps, card, followUps.size()).stream()
        .map(FollowUp::id)
        .toList();
  }

  @Test
  void tailBudgetsWithoutHedgingDoNotGetTheHedgingProbe() {
    ScoreCard card =
        card(
            "A request crosses eight services, so its tail is worse than any hop's: eight hops"
                + " each slow 1% of the time put about 8% of requests on a slow hop. I would set a"
                + " latency budget per hop on each hop's p99, with timeouts, not on averages.");
    assertThat(card.points())
        .filteredOn(p -> p.id().equals("tail-fanout"))
        .singleElement()
        .matches(PointResult::covered, "tail-fanout is covered");
    FollowUp hedging = latency.level(Level.L7).followUp("hedging-cost");
    assertThat(chosen(card)).doesNotContain("hedging-cost");
    assertThat(FollowUpChooser.why(hedging, card)).isEmpty();
  }

  @Test
  void sayingHedgedRequestsGetsTheHedgingProbe() {
    ScoreCard card =
        card(
            "For the tail I would send hedged requests to the slowest dependency once the first"
                + " call passes its p95, and cancel the loser.");
    FollowUp hedging = latency.level(Level.L7).followUp("hedging-cost");
    assertThat(chosen(card)).contains("hedging-cost");
    assertThat(FollowUpChooser.why(hedging, card))
        .isEqualTo("Dive deep: you said \"hedged requests\"");
  }

  @Test
  void noWhenSaidPhraseIsSaidByItsOwnQuestion() {
    List<String> triggered =
        bank.scenarios().stream()
            .flatMap(
                s ->
                    s.levels().keySet().stream()
                        .flatMap(
                            l ->
                                scorer.saidByQuestion(s, l).stream()
                                    .map(w -> s.id() + " " + l + " " + w.followUp())))
            .toList();
    assertThat(triggered).isEmpty();
  }
}
