package dev.mockloop.scoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The order {@code score --batch} scores a window of answers in: grouped by what they answer
 * (scenario, level and follow-up), in input order within a group, while the results are still
 * printed in input order. Answers to one rubric in a row find that rubric's compiled phrases and
 * tables in the processor's caches; in the order of a mixed file every answer reads another
 * rubric's from memory. Measured on bench/run's 10,000 mixed answers: about 1.2x the answers per
 * CPU second sorted whole (docs/performance.md, branch speed9), with the same scores.
 */
public final class ScoreOrder {
  /** How many answers are read ahead and grouped at most. */
  public static final int WINDOW = 16_384;

  /** How many characters of answers are read ahead at most, so big answers stay bounded. */
  public static final long WINDOW_CHARS = 16L << 20;

  private ScoreOrder() {}

  /**
   * The indices of {@code keys} in the order to score them: equal keys together, in their input
   * order, groups in the order of their first answer.
   */
  public static int[] grouped(String[] keys) {
    Map<String, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < keys.length; i++) {
      groups.computeIfAbsent(keys[i], k -> new ArrayList<>()).add(i);
    }
    int[] out = new int[keys.length];
    int n = 0;
    for (List<Integer> group : groups.values()) {
      for (int i : group) {
        out[n++] = i;
      }
    }
    return out;
  }
}
