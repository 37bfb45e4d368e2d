package dev.mockloop.engine;

import dev.mockloop.bank.Level;
import java.util.List;
import java.util.Objects;

/**
 * The scenarios of a drill, in the order to ask them, each with its reason.
 *
 * @param level the level drilled
 * @param picks one per round
 */
public record DrillPlan(Level level, List<DrillPick> picks) {
  public DrillPlan {
    Objects.requireNonNull(level, "level");
    picks = List.copyOf(picks);
    if (picks.isEmpty()) {
      throw new PlanException("no scenario to drill at " + level + "; check --topic or the bank");
    }
  }

  /**
   * The loop to run: these scenarios, in this order, and nothing else (the planner adds no scenario
   * and no principle question the plan did not show).
   */
  public PlanRequest request(long seed, RoundSettings settings) {
    return new PlanRequest(
        level,
        List.of(),
        picks.stream().map(p -> p.scenario().id()).toList(),
        PlanRequest.AS_NAMED,
        seed,
        settings);
  }
}
