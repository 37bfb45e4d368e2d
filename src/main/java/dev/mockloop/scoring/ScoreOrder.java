package dev.mockloop.scoring;

import java.util.Arrays;

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
    java.util.Map<String, Integer> first = new java.util.HashMap<>();
    for (int i = 0; i < keys.length; i++) {
      first.putIfAbsent(keys[i], i);
    }
    Integer[] order = new Integer[keys.length];
    for (int i = 0; i < keys.length; i++) {
      order[i] = i;
    }
    // a stable sort on each answer's group, named by its first answer's index
    Arrays.sort(order, (a, b) -> Integer.compare(first.get(keys[a]), first.get(keys[b])));
    int[] out = new int[keys.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = order[i];
    }
    return out;
  }
}
