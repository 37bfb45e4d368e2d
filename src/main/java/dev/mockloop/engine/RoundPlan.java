package dev.mockloop.engine;

import dev.mockloop.bank.Level;
import dev.mockloop.bank.Scenario;
import java.util.Objects;

/**
 * One planned round: which scenario, at which level, where it sits in the loop, and how it runs.
 *
 * @param scenario the scenario; it must have {@code level}
 * @param level the level asked
 * @param round 1-based position in the loop
 * @param rounds rounds in the loop
 * @param settings follow-ups, minutes, untimed
 */
public record RoundPlan(
    Scenario scenario, Level level, int round, int rounds, RoundSettings settings) {
  public RoundPlan {
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(settings, "settings");
    if (scenario.level(level) == null) {
      throw new IllegalArgumentException(scenario.id() + " has no " + level + " version");
    }
    if (round < 1 || round > rounds) {
      throw new IllegalArgumentException("round " + round + " of " + rounds);
    }
  }

  /**
   * Minutes for the main answer: the override when set, else the scenario's. The override is for
   * the technical question: a principle question keeps its own minutes unless the loop is principle
   * questions only.
   */
  public int mainMinutes() {
    int override = settings.minutesOverride();
    boolean applies = !scenario.behavioral() || settings.lpOnly();
    return override > 0 && applies ? override : scenario.level(level).minutes();
  }
}
