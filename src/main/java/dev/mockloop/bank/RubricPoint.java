package dev.mockloop.bank;

import java.util.List;
import java.util.Objects;

/**
 * One key point an answer should make. It is covered when one of the phrases in {@code any} matches
 * the answer on its own, or when every concept group of {@code all} matches within one sentence or
 * two adjacent ones (after text analysis; see the scoring package and docs/scoring.md).
 *
 * @param id unique within its rubric, {@code [a-z0-9-]+}
 * @param point what the point is, in a sentence the user is shown
 * @param dimension the skill it exercises, e.g. "analysis"; "general" when not given
 * @param weight 1..5
 * @param any phrases that cover the point on their own; may be empty when {@code all} is given
 * @param all concept groups, each a list of alternative phrases; empty or at least two groups
 * @param hint how to cover it next time; may be empty
 * @param lp the Leadership Principle the point gives evidence of; empty when none
 */
public record RubricPoint(
    String id,
    String point,
    String dimension,
    int weight,
    List<String> any,
    List<List<String>> all,
    String hint,
    String lp) {
  public RubricPoint {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(point, "point");
    dimension = dimension == null || dimension.isBlank() ? "general" : dimension;
    if (weight < 1 || weight > 5) {
      throw new IllegalArgumentException("weight must be 1..5, was " + weight);
    }
    any = any == null ? List.of() : List.copyOf(any);
    all = all == null ? List.of() : all.stream().map(List::copyOf).toList();
    if (any.isEmpty() && all.isEmpty()) {
      throw new IllegalArgumentException("rubric point " + id + " needs phrases or concepts");
    }
    if (all.size() == 1 || all.stream().anyMatch(List::isEmpty)) {
      throw new IllegalArgumentException(
          "rubric point " + id + " needs at least two non-empty concept groups in 'all'");
    }
    hint = hint == null ? "" : hint;
    lp = lp == null ? "" : lp;
  }

  /** A point covered by phrases alone. */
  public RubricPoint(
      String id, String point, String dimension, int weight, List<String> any, String hint) {
    this(id, point, dimension, weight, any, List.of(), hint, "");
  }

  /** Every phrase of the point: its {@code any} phrases, then each concept group's. */
  public List<String> phrases() {
    if (all.isEmpty()) {
      return any;
    }
    List<String> out = new java.util.ArrayList<>(any);
    all.forEach(out::addAll);
    return List.copyOf(out);
  }
}
