package dev.mockloop.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockloop.bank.Level;
import dev.mockloop.bank.LevelSpec;
import dev.mockloop.bank.RubricPoint;
import dev.mockloop.bank.Scenario;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Three matching mechanisms that missed plain answers (issue 10, the paraphrases of the main
 * points): a combination whose nearest words another point took, a clarifying point asked as a bare
 * question, and a group's single word hidden inside a glossary synonym.
 */
class MatchingMechanismsTest {
  private static final Scorer scorer = new Scorer(Fixtures.shippedGlossary());

  static RubricPoint concepts(String id, List<List<String>> all) {
    return new RubricPoint(id, "Covers " + id, "design", 3, List.of(), all, "", null);
  }

  static Scenario scenario(String prompt, RubricPoint... points) {
    LevelSpec l6 = new LevelSpec(prompt, "", 12, List.of(points), List.of(), "");
    return new Scenario(
        "mechanisms", "Mechanisms", "caching", List.of(), "", Map.of(Level.L6, l6), "test", "");
  }

  static boolean covered(Scenario s, String answer, String point) {
    return Shipped.covered(scorer.scoreMain(answer, s, Level.L6), point);
  }

  // spotless:off
  private static final Scenario CLAIMED = scenario("Design the cache.",
      concepts("freshness-target", List.of(List.of("staleness", "stale"), List.of("target", "slo"))),
      concepts("metrics", List.of(List.of("track", "target", "measure"),
          List.of("staleness", "hit ratio", "load time"))));
  // spotless:on

  @Test
  void aGroupFallsBackToAMentionNoOtherPointTook() {
    // "target" and "staleness" go to the freshness point; "track" and "hit ratio" are left
    String answer = "Track staleness versus the target, and the cache hit ratio.";
    assertThat(covered(CLAIMED, answer, "freshness-target")).isTrue();
    assertThat(covered(CLAIMED, answer, "metrics")).isTrue();
    String swapped = "Track the cache hit ratio, and staleness versus the target.";
    assertThat(covered(CLAIMED, swapped, "metrics")).isTrue();
  }

  @Test
  void theSameWordsStillServeOnlyOnePoint() {
    // nothing is left once the freshness point took "staleness" and "target"
    String answer = "Staleness versus the target.";
    assertThat(covered(CLAIMED, answer, "freshness-target")).isTrue();
    assertThat(covered(CLAIMED, answer, "metrics")).isFalse();
  }

  // spotless:off
  private static final Scenario ASKED = scenario(
      "How fresh must prices be for shoppers? Design the price cache for the storefront.",
      concepts("clarify-staleness", List.of(
          List.of("ask", "clarify", "clarifying question", "confirm", "find out"),
          List.of("stale", "staleness", "out of date", "behind"))),
      concepts("understand-staleness", List.of(
          List.of("understand", "ask", "learn"), List.of("out of date", "behind"))));
  // spotless:on

  @Test
  void aBareQuestionIsAsking() {
    String answer = "How stale may a price be when a shopper sees it? Then I'd pick a TTL.";
    assertThat(covered(ASKED, answer, "clarify-staleness")).isTrue();
    PointResult p =
        scorer.scoreMain(answer, ASKED, Level.L6).points().stream()
            .filter(x -> x.id().equals("clarify-staleness"))
            .findFirst()
            .orElseThrow();
    assertThat(p.evidence()).extracting(Evidence::text).containsExactly("stale", "?");
    assertThat(p.evidence().get(1).phrase()).isEqualTo(Questions.PHRASE);
    assertThat(
            covered(ASKED, "Is it fine if a price is a minute out of date?", "clarify-staleness"))
        .isTrue();
  }

  @Test
  void aStatementOrAQuestionElsewhereIsNotAsking() {
    assertThat(covered(ASKED, "A price may be stale when a shopper sees it.", "clarify-staleness"))
        .isFalse();
    assertThat(covered(ASKED, "What matters most? A price may be stale.", "clarify-staleness"))
        .isFalse();
  }

  @Test
  void theInterviewersQuestionAskedBackIsAnEcho() {
    Scenario echo =
        scenario(
            "How stale can prices be for shoppers? Design the price cache.",
            concepts(
                "clarify-staleness",
                List.of(List.of("ask", "clarify", "confirm"), List.of("stale", "staleness"))));
    assertThat(covered(echo, "How stale can prices be for shoppers?", "clarify-staleness"))
        .isFalse();
  }

  @Test
  void onlyAGroupOfAskingWordsIsAnAskGroup() {
    // "understand, ask, learn" has one asking alternative: a question does not stand in for it
    assertThat(covered(ASKED, "Can a price be an hour behind?", "understand-staleness")).isFalse();
    assertThat(Questions.askGroup(List.of(List.of("stale"), List.of("ask", "clarify", "confirm"))))
        .isEqualTo(1);
    assertThat(Questions.askGroup(List.of(List.of("understand", "ask", "learn"), List.of("x"))))
        .isEqualTo(-1);
  }

  @Test
  void noBehaviouralPointHasAnAskGroup() {
    // a story's "?" is reported speech; Questions reads "?" as the candidate asking the interviewer
    var behavioural =
        Shipped.bank().scenarios().stream()
            .filter(s -> s.kind() == dev.mockloop.bank.QuestionKind.BEHAVIORAL)
            .flatMap(s -> s.levels().values().stream())
            .flatMap(l -> l.rubric().stream())
            .toList();
    assertThat(behavioural).hasSizeGreaterThan(100);
    assertThat(behavioural).filteredOn(p -> Questions.askGroup(p.all()) >= 0).isEmpty();
  }

  @Test
  void theShippedAskBudgetScopeIsCoveredByAPlainQuestion() {
    var s = Shipped.bank().find("model-serving-latency").orElseThrow();
    String answer =
        "Does the 50 ms cover the whole call, retrieval, feature lookup and network, or just the"
            + " scoring model? And what does the home page do if we time out?";
    assertThat(Shipped.covered(Shipped.scorer().scoreMain(answer, s, Level.L6), "ask-budget-scope"))
        .isTrue();
  }

  @Test
  void theShippedProgramMetricsPointIsCoveredInEitherOrder() {
    var s = Shipped.bank().find("cdn-cache-invalidation").orElseThrow();
    String answer =
        "Track staleness versus the target, how often cart prices differ from what was shown,"
            + " cache hit ratio, page load time, and refunds caused by price errors.";
    assertThat(Shipped.covered(Shipped.scorer().scoreMain(answer, s, Level.L7), "program-metrics"))
        .isTrue();
  }
}
