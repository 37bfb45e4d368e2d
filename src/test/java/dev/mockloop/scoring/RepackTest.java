package dev.mockloop.scoring;

import static dev.mockloop.scoring.MatchingMechanismsTest.covered;
import static dev.mockloop.scoring.MatchingMechanismsTest.scenario;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mockloop.bank.RubricPoint;
import dev.mockloop.bank.Scenario;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each word serves one point, and the first assignment goes point by point ({@link PointAssign}):
 * {@link Repack} gives a mention back to the point that needs it when the point holding it has
 * words of its own, or when the point that needs it weighs more.
 */
class RepackTest {
  static RubricPoint weighted(String id, int weight, List<List<String>> all) {
    return new RubricPoint(id, "Covers " + id, "design", weight, List.of(), all, "", null);
  }

  // spotless:off
  // "rolled back" needs a change or a fix nearby, and "told" needs "my change": the fix point takes
  // "my change" first (the nearest), though "a fix" in the next sentence would serve it as well
  private static final Scenario MISTAKE = scenario("Tell me about a mistake.",
      weighted("fixed-it", 5, List.of(List.of("rolled back", "reverted"), List.of("change", "fix"))),
      weighted("said-it-was-me", 5, List.of(List.of("my change", "my fault"),
          List.of("told", "admitted"))));
  private static final Scenario HEAVIER = scenario("Tell me about a mistake.",
      weighted("situation", 2, List.of(List.of("saw", "noticed"), List.of("change", "deploy"))),
      weighted("said-it-was-me", 5, List.of(List.of("my change", "my fault"),
          List.of("told", "admitted"))));
  // spotless:on

  @Test
  void aPointWithOtherWordsGivesBackTheOneAnotherPointNeeds() {
    String answer =
        "I rolled back my change, then told my manager and admitted it. Then I shipped a fix.";
    assertThat(covered(MISTAKE, answer, "fixed-it")).isTrue();
    assertThat(covered(MISTAKE, answer, "said-it-was-me")).isTrue();
  }

  @Test
  void aSharedMentionGoesToTheHeavierPointAndStillServesOnlyOne() {
    String answer = "I saw it was my change; I told my manager and admitted it.";
    assertThat(covered(HEAVIER, answer, "said-it-was-me")).isTrue();
    assertThat(covered(HEAVIER, answer, "situation")).isFalse();
  }

  @Test
  void withoutAClashNothingMoves() {
    String answer = "I noticed the deploy. It was my fault and I admitted it.";
    assertThat(covered(HEAVIER, answer, "situation")).isTrue();
    assertThat(covered(HEAVIER, answer, "said-it-was-me")).isTrue();
  }
}
