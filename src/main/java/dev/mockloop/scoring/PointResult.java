package dev.mockloop.scoring;

import java.util.List;

/**
 * How one rubric point fared.
 *
 * @param id the rubric point's id
 * @param point the point's sentence
 * @param dimension its dimension
 * @param weight its weight
 * @param covered whether the answer covers it
 * @param evidence the matched spans (empty when not covered)
 * @param negated spans that matched but sat inside a negation, so did not count
 * @param hint how to cover it next time
 */
public record PointResult(
    String id,
    String point,
    String dimension,
    int weight,
    boolean covered,
    List<Evidence> evidence,
    List<Evidence> negated,
    String hint) {
  public PointResult {
    evidence = List.copyOf(evidence);
    negated = negated == null ? List.of() : List.copyOf(negated);
    hint = hint == null ? "" : hint;
  }
}
