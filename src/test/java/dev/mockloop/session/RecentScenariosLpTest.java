package dev.mockloop.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockloop.bank.Bank;
import dev.mockloop.bank.BankLoader;
import dev.mockloop.bank.Level;
import dev.mockloop.bank.Scenario;
import dev.mockloop.engine.LoopPlan;
import dev.mockloop.engine.LoopPlanner;
import dev.mockloop.engine.PlanRequest;
import dev.mockloop.engine.RoundSettings;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A random round that avoids recent scenarios names the fresh ones it picks; that must neither pick
 * a principle question as the technical scenario nor turn the default principle question off.
 */
class RecentScenariosLpTest {
  private static final Bank BANK = BankLoader.load(Path.of("src/test/resources/banks/lp")).bank();
  private static final History NONE = new History(List.of(), List.of(), Map.of());

  @Test
  void aRandomRoundStillOpensWithAPrincipleQuestion() {
    PlanRequest req = new PlanRequest(Level.L6, List.of(), List.of(), 1, 7L, RoundSettings.DEFAULT);
    RecentScenarios.Choice choice = RecentScenarios.avoid(BANK, req, NONE, Instant.now());
    assertThat(choice.request().scenarioIds()).containsExactly("flaky-dependency");
    LoopPlan plan = LoopPlanner.plan(BANK, choice.request());
    assertThat(plan.scenarios()).extracting(Scenario::behavioral).containsExactly(true, false);
  }

  @Test
  void principleOnlyDrillsPickPrincipleQuestions() {
    PlanRequest req =
        new PlanRequest(
            Level.L6,
            List.of(),
            List.of(),
            1,
            7L,
            RoundSettings.DEFAULT.withLp(RoundSettings.LP_AUTO, true));
    RecentScenarios.Choice choice = RecentScenarios.avoid(BANK, req, NONE, Instant.now());
    assertThat(choice.request().scenarioIds()).hasSize(1);
    assertThat(BANK.find(choice.request().scenarioIds().get(0)).orElseThrow().behavioral())
        .isTrue();
  }
}
