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
