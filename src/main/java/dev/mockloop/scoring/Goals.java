package dev.mockloop.scoring;

import java.util.List;

/**
 * A "no" that states a goal rather than refuses: "Success means no duplicate charges", "Goal: no
 * outage caused by a single customer, no credits for wrong throttling". After a goal word earlier
 * in its sentence (within {@value #REACH} words), "no" is the target value of a success measure,
 * and what follows it is the thing measured, not a rejected idea.
 */
final class Goals {
  static final int REACH = 4;

  // spotless:off
  private static final WordSet GOAL_WORDS = WordSet.of("success", "successful", "succeed",
      "goal", "goals", "target", "targets", "objective", "objectives", "aim", "kpi", "kpis",
      "criteria", "criterion");
  // spotless:on

  private Goals() {}

  /** Whether the "no" at word {@code cue} follows a goal word in its sentence. */
  static boolean stated(List<Word> words, Shape shape, int cue) {
    int sentence = shape.sentence[cue];
    for (int j = cue - 1; j >= Math.max(0, cue - REACH); j--) {
      if (shape.sentence[j] != sentence) {
        return false;
      }
      if (GOAL_WORDS.contains(words.get(j).lower())) {
        return true;
      }
    }
    return false;
  }
}
