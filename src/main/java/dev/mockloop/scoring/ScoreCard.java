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
 * @param levelRead which level the answer reads as; null for follow-ups and single-level scenarios
 * @param said for a main answer, the follow-ups whose {@code when_said} phrases it says, with the
 *     evidence; empty otherwise (and in transcripts written before it existed)
 */
public record ScoreCard(
    int score,
    List<PointResult> points,
    List<DimensionScore> dimensions,
    Signals signals,
    List<Flag> flags,
    LevelRead levelRead,
    @com.fasterxml.jackson.annotation.JsonInclude(
            com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY)
        List<Said> said) {
  public ScoreCard {
    if (score < 0 || score > 100) {
      throw new IllegalArgumentException("score must be 0..100, was " + score);
    }
    points = List.copyOf(points);
    dimensions = List.copyOf(dimensions);
    flags = List.copyOf(flags);
    said = said == null ? List.of() : List.copyOf(said);
  }

  /** A card without when_said evidence. */
  public ScoreCard(
      int score,
      List<PointResult> points,
      List<DimensionScore> dimensions,
      Signals signals,
      List<Flag> flags,
      LevelRead levelRead) {
    this(score, points, dimensions, signals, flags, levelRead, List.of());
  }

  public List<PointResult> covered() {
    return points.stream().filter(PointResult::covered).toList();
  }

  public List<PointResult> missed() {
    return points.stream().filter(p -> !p.covered()).toList();
  }

  /** This card with one more flag at the end (a flag the engine adds, e.g. over time). */
  public ScoreCard withFlag(Flag flag) {
    List<Flag> more = new java.util.ArrayList<>(flags);
    more.add(flag);
    return new ScoreCard(score, points, dimensions, signals, more, levelRead, said);
  }

  /** This card with the follow-ups whose when_said phrases the answer says. */
  ScoreCard withSaid(List<Said> said) {
    return new ScoreCard(score, points, dimensions, signals, flags, levelRead, said);
  }
}
