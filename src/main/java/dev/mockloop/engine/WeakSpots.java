package dev.mockloop.engine;

import dev.mockloop.bank.FollowUp;
import dev.mockloop.bank.LevelSpec;
import dev.mockloop.bank.RubricPoint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The rubric points a user misses most, and which scenarios ask them (for drill). */
final class WeakSpots {
  private WeakSpots() {}

  /** The {@code n} point ids missed most often, with their counts, most first. */
  static Map<String, Integer> top(Map<String, List<Attempt>> byScenario, int n) {
    Map<String, Integer> counts = new HashMap<>();
    byScenario
        .values()
        .forEach(
            list ->
                list.forEach(a -> a.missedPoints().forEach(p -> counts.merge(p, 1, Integer::sum))));
    Map<String, Integer> top = new LinkedHashMap<>();
    counts.entrySet().stream()
        .sorted(
            Map.Entry.<String, Integer>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(n)
        .forEach(e -> top.put(e.getKey(), e.getValue()));
    return top;
  }

  private static List<String> pointIds(LevelSpec spec) {
    List<String> ids = new ArrayList<>();
    spec.rubric().stream().map(RubricPoint::id).forEach(ids::add);
    for (FollowUp f : spec.followUps()) {
      f.rubric().stream().map(RubricPoint::id).forEach(ids::add);
    }
    return ids;
  }

  /** How often the points {@code spec} asks were missed, over the weak ones. */
  static int score(LevelSpec spec, Map<String, Integer> weak) {
    return pointIds(spec).stream().distinct().mapToInt(id -> weak.getOrDefault(id, 0)).sum();
  }

  /**
   * The weak points {@code spec} asks, in the point's own words as this scenario asks them: "“Name
   * the success metrics” (missed 4 times)", joined by "; "; empty when none is weak.
   */
  static String reason(LevelSpec spec, Map<String, Integer> weak) {
    Map<String, String> words = new LinkedHashMap<>();
    spec.rubric().forEach(p -> words.putIfAbsent(p.id(), p.point()));
    for (FollowUp f : spec.followUps()) {
      f.rubric().forEach(p -> words.putIfAbsent(p.id(), p.point()));
    }
    List<String> parts =
        words.entrySet().stream()
            .filter(e -> weak.containsKey(e.getKey()))
            .map(e -> "“" + e.getValue().strip() + "” (missed " + times(weak.get(e.getKey())) + ")")
            .toList();
    return String.join("; ", parts);
  }

  private static String times(int n) {
    return n == 1 ? "once" : n == 2 ? "twice" : n + " times";
  }
}
