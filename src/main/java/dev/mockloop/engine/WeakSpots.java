package dev.mockloop.engine;

import dev.mockloop.bank.FollowUp;
import dev.mockloop.bank.LevelSpec;
import dev.mockloop.bank.RubricPoint;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rubric points a user misses most, and which scenarios ask them (for drill). A point is known
 * by its scenario and its key in the round (ids are unique only within one scenario's rubric at one
 * level: two scenarios may both have a {@code consistency} point that asks different things), so a
 * scenario is a weak spot only for the points missed in it.
 */
final class WeakSpots {
  private WeakSpots() {}

  /**
   * A missed point: the scenario and the point's key, its id for the main answer and {@code
   * <follow-up id>/<point id>} for a follow-up's point (as {@link Attempt#missedPoints}).
   */
  record Spot(String scenario, String key) {}

  /** The {@code n} points missed most often, with their counts, most first. */
  static Map<Spot, Integer> top(Map<String, List<Attempt>> byScenario, int n) {
    Map<Spot, Integer> counts = new HashMap<>();
    byScenario.forEach(
        (scenario, list) ->
            list.forEach(
                a ->
                    a.missedPoints()
                        .forEach(k -> counts.merge(new Spot(scenario, k), 1, Integer::sum))));
    Map<Spot, Integer> top = new LinkedHashMap<>();
    counts.entrySet().stream()
        .sorted(
            Map.Entry.<Spot, Integer>comparingByValue()
                .reversed()
                .thenComparing(e -> e.getKey().scenario())
                .thenComparing(e -> e.getKey().key()))
        .limit(n)
        .forEach(e -> top.put(e.getKey(), e.getValue()));
    return top;
  }

  /** The sentence of every point {@code spec} asks, by its key in a round, main answer first. */
  private static Map<String, String> words(LevelSpec spec) {
    Map<String, String> words = new LinkedHashMap<>();
    spec.rubric().forEach(p -> words.putIfAbsent(p.id(), p.point()));
    for (FollowUp f : spec.followUps()) {
      for (RubricPoint p : f.rubric()) {
        words.putIfAbsent(f.id() + "/" + p.id(), p.point()); // session.PointMark.followUpKey
      }
    }
    return words;
  }

  /**
   * How often the points {@code spec} of {@code scenario} asks were missed in it, over the weak.
   */
  static int score(String scenario, LevelSpec spec, Map<Spot, Integer> weak) {
    return words(spec).keySet().stream()
        .mapToInt(k -> weak.getOrDefault(new Spot(scenario, k), 0))
        .sum();
  }

  /**
   * The weak points of {@code scenario}, in the words {@code spec} (its rubric at the drilled
   * level) asks them: "“Name the success metrics” (missed 4 times)", joined by "; "; empty when
   * none is weak.
   */
  static String reason(String scenario, LevelSpec spec, Map<Spot, Integer> weak) {
    List<String> parts =
        words(spec).entrySet().stream()
            .filter(e -> weak.containsKey(new Spot(scenario, e.getKey())))
            .map(
                e ->
                    "“"
                        + e.getValue().strip()
                        + "” (missed "
                        + times(weak.get(new Spot(scenario, e.getKey())))
                        + ")")
            .toList();
    return String.join("; ", parts);
  }

  private static String times(int n) {
    return n == 1 ? "once" : n == 2 ? "twice" : n + " times";
  }
}
