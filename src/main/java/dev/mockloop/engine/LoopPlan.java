package dev.mockloop.engine;

import dev.mockloop.bank.Level;
import dev.mockloop.bank.Scenario;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * The rounds of one practice loop: distinct scenarios, all at one level.
 *
 * @param level the level asked
 * @param scenarios one per round, in order, no scenario twice
 * @param settings how each round runs
 * @param seed the seed the plan was drawn with
 */
public record LoopPlan(Level level, List<Scenario> scenarios, RoundSettings settings, long seed) {
  public LoopPlan {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(settings, "settings");
    scenarios = List.copyOf(scenarios);
    if (scenarios.isEmpty()) {
      throw new PlanException("a loop needs at least one round");
    }
    if (new HashSet<>(scenarios.stream().map(Scenario::id).toList()).size() != scenarios.size()) {
      throw new PlanException("a loop must not ask the same scenario twice");
    }
  }

  public int rounds() {
    return scenarios.size();
  }

  /** The plan of round {@code index} (0-based). */
  public RoundPlan round(int index) {
    return new RoundPlan(scenarios.get(index), level, index + 1, scenarios.size(), settings);
  }
}
