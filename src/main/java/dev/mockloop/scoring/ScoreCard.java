package dev.mockloop.scoring;

import java.util.List;

/**
 * The explained score of one answer against one rubric.
 *
 * @param score 0..100
 * @param points every rubric point, in rubric order
 * @param dimensions per dimension, in order of first appearance in the rubric
 * @param signals non-keyword signals
 * @param flags warnings for the user (keyword list, too short, ...)
 * @param levelRead which level the answer reads as; null for follow-ups and single-level
 *     scenarios
 */
public record ScoreCard(
    int score,
    List<PointResult> points,
    List<DimensionScore> dimensions,
    Signals signals,
    List<Flag> flags,
    LevelRead levelRead) {
  public ScoreCard {
    if (score < 0 || score > 100) {
      throw new IllegalArgumentException("score must be 0..100, was " + score);
    }
    points = List.copyOf(points);
    dimensions = List.copyOf(dimensions);
    flags = List.copyOf(flags);
  }

  public List<PointResult> covered() {
    return points.stream().filter(PointResult::covered).toList();
  }

  public List<PointResult> missed() {
    return points.stream().filter(p -> !p.covered()).toList();
  }
}
