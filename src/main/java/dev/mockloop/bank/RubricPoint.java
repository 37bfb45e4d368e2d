package dev.mockloop.bank;

import java.util.List;
import java.util.Objects;

/**
 * One key point an answer should make. It is covered when any of the phrases in {@code any}
 * matches the answer (after text analysis; see the scoring package).
 *
 * @param id unique within its rubric, {@code [a-z0-9-]+}
 * @param point what the point is, in a sentence the user is shown
 * @param dimension the skill it exercises, e.g. "analysis"; "general" when not given
 * @param weight 1..5
 * @param any phrases and aliases, at least one
 * @param hint how to cover it next time; may be empty
 */
public record RubricPoint(
    String id, String point, String dimension, int weight, List<String> any, String hint) {
  public RubricPoint {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(point, "point");
    dimension = dimension == null || dimension.isBlank() ? "general" : dimension;
    if (weight < 1 || weight > 5) {
      throw new IllegalArgumentException("weight must be 1..5, was " + weight);
    }
    any = List.copyOf(any);
    if (any.isEmpty()) {
      throw new IllegalArgumentException("rubric point " + id + " needs at least one phrase");
    }
    hint = hint == null ? "" : hint;
  }
}
