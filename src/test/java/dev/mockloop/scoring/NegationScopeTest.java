package dev.mockloop.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockloop.bank.Glossary;
import dev.mockloop.bank.Level;
import dev.mockloop.bank.LevelSpec;
import dev.mockloop.bank.RubricPoint;
import dev.mockloop.bank.Scenario;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An alternative written as a negation ("no skew", "never trust") carries only the words under its
 * own negation: a separate dismissal elsewhere, or a verdict on the mechanism itself, is not the
 * harm the mechanism prevents (issue 10, item 3).
 */
class NegationScopeTest {
  private static final Scorer SCORER = new Scorer(Glossary.EMPTY);

  private static final Scenario CLOCK =
      new Scenario(
          "ck",
          "Clock",
          "api-design",
          List.of(),
          "",
          Map.of(
              Level.L6,
              new LevelSpec(
                  "Design the token bucket script.",
                  "",
                  12,
                  List.of(
                      point(
                          "server-clock",
                          List.of("TIME command", "redis time", "server clock"),
                          List.of("skew", "drift", "no skew", "no extra tokens")),
                      point(
                          "erasure-check",
                          List.of("check", "scan", "verify"),
                          List.of("erased ids", "no erased ids", "never reappear")),
                      point("log-expiry", List.of("expire", "purge"), List.of("logs", "old logs")),
                      new RubricPoint(
                          "disputes",
                          "Covers disputes",
                          "design",
                          2,
                          List.of("disputes", "chargebacks"),
                          List.of(),
                          "hint",
                          "")),
                  List.of(),
                  "")),
          "test",
          "");

  private static RubricPoint point(String id, List<String> mechanism, List<String> harm) {
    return new RubricPoint(
        id, "Covers " + id, "design", 3, List.of(), List.of(mechanism, harm), "hint", "");
  }

  private static boolean covers(String answer, String point) {
    return SCORER.scoreMain(answer, CLOCK, Level.L6).points().stream()
        .anyMatch(p -> p.id().equals(point) && p.covered());
  }

  @Test
  void aNegatedAlternativeStillCarriesTheWordsUnderItsOwnNegation() {
    assertThat(
            covers("The script reads the TIME command, so skew is not a concern.", "server-clock"))
        .isTrue();
    assertThat(covers("We never let clock skew change the TIME command's answer.", "server-clock"))
        .as("the harm first, the mechanism after it under the same 'never'")
        .isTrue();
  }

  @Test
  void aSeparateDismissalOfTheMechanismDoesNotCombineWithTheHarm() {
    assertThat(covers("I would skip the TIME command. Skew is not a concern.", "server-clock"))
        .isFalse();
    assertThat(
            covers(
                "I would skip the TIME command. Honestly skew is not a concern.", "server-clock"))
        .isFalse();
    assertThat(
            covers("We don't need the TIME command here, skew is not a concern.", "server-clock"))
        .isFalse();
  }

  @Test
  void aVerdictOnTheMechanismIsNotTheHarmItPrevents() {
    assertThat(covers("A check for erased ids is unnecessary.", "erasure-check")).isFalse();
    assertThat(covers("We don't need a check for erased ids.", "erasure-check")).isFalse();
    assertThat(covers("A nightly check makes sure erased ids never reappear.", "erasure-check"))
        .isTrue();
  }

  @Test
  void wordsUnderAnotherSentencesNegationStayRejected() {
    Scenario s = Shipped.bank().find("leader-election").orElseThrow();
    java.util.function.Predicate<String> clockSafety =
        a -> Shipped.covered(Shipped.scorer().scoreMain(a, s, Level.L6), "clock-safety");
    assertThat(
            clockSafety.test("I don't care about clock skew at all. We never trust the network."))
        .isFalse();
    assertThat(clockSafety.test("We never trust wall-clock timestamps across nodes.")).isTrue();
  }

  @Test
  void noLongerInAClauseAboutANounDoesNotNegateWhatFollows() {
    assertThat(covers("Delete data we no longer need and expire logs automatically.", "log-expiry"))
        .isTrue();
    assertThat(covers("We no longer expire old logs.", "log-expiry")).isFalse();
  }

  @Test
  void aNegationInAListItemDoesNotCancelTheRestOfTheList() {
    assertThat(
            covers(
                "Reconcile with the processor: customers charged with no order, refunds, disputes.",
                "disputes"))
        .isTrue();
    assertThat(covers("We would ship it without retries, refunds or disputes.", "disputes"))
        .isFalse();
  }
}
