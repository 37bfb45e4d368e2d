package dev.mockloop.engine;

import dev.mockloop.bank.Level;
import java.util.List;
import java.util.Objects;

/**
 * What the user asked for: a level, optional topic filters and scenario ids, a number of rounds,
 * and a seed for the shuffle.
 *
 * @param level the level every round is asked at
 * @param topics keep only scenarios of these topics; empty keeps all
 * @param scenarioIds these scenarios first, in this order; empty lets the planner choose
 * @param rounds rounds wanted, 1..20; 0 means "as many as the scenario ids", or 1 without ids;
 *     {@link #AS_NAMED} means exactly the scenario ids, in their order, nothing added (a drill)
 * @param seed shuffle seed, so a plan can be repeated
 * @param settings how each round runs
 */
public record PlanRequest(
    Level level,
    List<String> topics,
    List<String> scenarioIds,
    int rounds,
    long seed,
    RoundSettings settings) {
  public static final int MAX_ROUNDS = 20;

  /** Exactly the named questions, in the order named: no scenario or principle question added. */
  public static final int AS_NAMED = -1;

  public PlanRequest {
    Objects.requireNonNull(level, "level");
    topics = topics == null ? List.of() : List.copyOf(topics);
    scenarioIds = scenarioIds == null ? List.of() : List.copyOf(scenarioIds);
    settings = settings == null ? RoundSettings.DEFAULT : settings;
    if (rounds < AS_NAMED || rounds > MAX_ROUNDS || rounds == AS_NAMED && scenarioIds.isEmpty()) {
      throw new PlanException("rounds must be 1.." + MAX_ROUNDS + ", was " + rounds);
    }
  }

  /** A single round of one scenario with default settings. */
  public static PlanRequest single(Level level, String scenarioId, long seed) {
    return new PlanRequest(level, List.of(), List.of(scenarioId), 1, seed, RoundSettings.DEFAULT);
  }
}
