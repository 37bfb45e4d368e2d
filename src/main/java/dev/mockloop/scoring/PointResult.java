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
 * @param basis how the point was covered: {@link #STATED}, {@link #LISTED} (named only as a bare
 *     item of a list of terms: about a third of the credit), or empty when missed
 * @param echoed spans that matched but only restate the question, so did not count
 * @param unquantified spans that matched a point asking for a quantity in a follow-up answer that
 *     gives no quantity of its own ({@link Quantified}), so did not count
 * @param hypothetical spans that matched only in sentences saying what one would do, in the answer
 *     to a story follow-up that asks what happened ({@link WhatHappened}), so did not count
 */
public record PointResult(
    String id,
    String point,
    String dimension,
    int weight,
    boolean covered,
    List<Evidence> evidence,
    List<Evidence> negated,
    String hint,
    String basis,
    List<Evidence> echoed,
    @com.fasterxml.jackson.annotation.JsonInclude(
            com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY)
        List<Evidence> unquantified,
    @com.fasterxml.jackson.annotation.JsonInclude(
            com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY)
        List<Evidence> hypothetical) {
  public static final String STATED = "stated";
  public static final String LISTED = "listed";

  /** The share of the weight a listed point earns. */
  public static final double LISTED_CREDIT = 0.35;

  public PointResult {
    evidence = List.copyOf(evidence);
    negated = negated == null ? List.of() : List.copyOf(negated);
    hint = hint == null ? "" : hint;
    basis = !covered ? "" : basis == null || basis.isEmpty() ? STATED : basis;
    echoed = echoed == null ? List.of() : List.copyOf(echoed);
    unquantified = unquantified == null ? List.of() : List.copyOf(unquantified);
    hypothetical = hypothetical == null ? List.of() : List.copyOf(hypothetical);
  }

  /** A point result with no evidence refused as hypothetical. */
  public PointResult(
      String id,
      String point,
      String dimension,
      int weight,
      boolean covered,
      List<Evidence> evidence,
      List<Evidence> negated,
      String hint,
      String basis,
      List<Evidence> echoed,
      List<Evidence> unquantified) {
    this(
        id,
        point,
        dimension,
        weight,
        covered,
        evidence,
        negated,
        hint,
        basis,
        echoed,
        unquantified,
        List.of());
  }

  /** A point result with no evidence refused for want of a quantity. */
  public PointResult(
      String id,
      String point,
      String dimension,
      int weight,
      boolean covered,
      List<Evidence> evidence,
      List<Evidence> negated,
      String hint,
      String basis,
      List<Evidence> echoed) {
    this(id, point, dimension, weight, covered, evidence, negated, hint, basis, echoed, List.of());
  }

  /** A point covered as stated or missed, with no echoed evidence. */
  public PointResult(
      String id,
      String point,
      String dimension,
      int weight,
      boolean covered,
      List<Evidence> evidence,
      List<Evidence> negated,
      String hint) {
    this(id, point, dimension, weight, covered, evidence, negated, hint, "", List.of());
  }

  /** The share of its weight the point earns: 1 stated, {@value #LISTED_CREDIT} listed, 0. */
  public double credit() {
    return !covered ? 0 : LISTED.equals(basis) ? LISTED_CREDIT : 1;
  }

  /** Whether the point was covered only by naming it in a list of terms. */
  public boolean listed() {
    return covered && LISTED.equals(basis);
  }
}
