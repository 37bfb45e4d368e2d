package dev.mockloop.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mockloop.bank.Level;
import dev.mockloop.bank.Scenario;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LoopPlannerTest {
  private static PlanRequest req(List<String> topics, List<String> ids, int rounds, long seed) {
    return new PlanRequest(Level.L6, topics, ids, rounds, seed, RoundSettings.DEFAULT);
  }

  private static List<String> ids(LoopPlan plan) {
    return plan.scenarios().stream().map(Scenario::id).toList();
  }

  @Test
  void namedScenarioGivesASingleRound() {
    LoopPlan plan =
        LoopPlanner.plan(TestBank.bank(), PlanRequest.single(Level.L6, "dynamodb-vs-rds", 1));
    assertThat(ids(plan)).containsExactly("dynamodb-vs-rds");
    assertThat(plan.round(0).mainMinutes()).isEqualTo(12);
  }

  @Test
  void namedScenariosComeFirstThenRandomOnesFill() {
    LoopPlan plan =
        LoopPlanner.plan(TestBank.bank(), req(List.of(), List.of("queue-choice"), 3, 7));
    assertThat(ids(plan)).hasSize(3).startsWith("queue-choice").doesNotHaveDuplicates();
  }

  @Test
  void topicFilterKeepsOnlyThatTopic() {
    LoopPlan plan = LoopPlanner.plan(TestBank.bank(), req(List.of("Databases"), List.of(), 2, 3));
    assertThat(ids(plan)).containsExactlyInAnyOrder("dynamodb-vs-rds", "cache-aside");
  }

  @Test
  void sameSeedSamePlan() {
    assertThat(ids(LoopPlanner.plan(TestBank.bank(), req(List.of(), List.of(), 3, 42))))
        .isEqualTo(ids(LoopPlanner.plan(TestBank.bank(), req(List.of(), List.of(), 3, 42))));
  }

  @Test
  void neverTheSameScenarioTwice() {
    for (long seed = 1; seed <= 1000; seed++) {
      Random r = new Random(seed);
      long planSeed = r.nextLong();
      int n = 1 + r.nextInt(4);
      LoopPlan plan = LoopPlanner.plan(TestBank.bank(), req(List.of(), List.of(), n, planSeed));
      assertThat(ids(plan))
          .as("seed %d: plan seed %d, %d rounds", seed, planSeed, n)
          .hasSize(n)
          .doesNotHaveDuplicates();
    }
  }

  @Test
  void explainsWhatToChange() {
    assertThatThrownBy(
            () -> LoopPlanner.plan(TestBank.bank(), req(List.of(), List.of("nope"), 0, 1)))
        .isInstanceOf(PlanException.class)
        .hasMessageContaining("no scenario 'nope'")
        .hasMessageContaining("questions list");
    assertThatThrownBy(
            () -> LoopPlanner.plan(TestBank.bank(), req(List.of("messaging"), List.of(), 3, 1)))
        .hasMessageContaining("only 1 scenario matches L6 and topic");
    assertThatThrownBy(
            () ->
                LoopPlanner.plan(
                    TestBank.bank(), req(List.of(), List.of("cache-aside", "cache-aside"), 0, 1)))
        .hasMessageContaining("listed twice");
    assertThatThrownBy(
            () ->
                LoopPlanner.plan(
                    TestBank.bank(),
                    new PlanRequest(Level.L7, List.of(), List.of("cache-aside"), 0, 1, null)))
        .hasMessageContaining("has no L7");
  }
}
