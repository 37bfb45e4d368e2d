package dev.mockloop.bank;

import java.util.List;
import java.util.Objects;

/**
 * A probe the interviewer asks after the main answer.
 *
 * @param id unique within its level
 * @param ask the question as the interviewer says it
 * @param minutes time allowed, 1..120
 * @param whenMissing ids of main-rubric points; when the main answer missed any of them, this
 *     follow-up is asked before the others
 * @param rubric what a good answer to the probe covers
 * @param modelAnswer a strong answer; may be empty
 */
public record FollowUp(
    String id,
    String ask,
    int minutes,
    List<String> whenMissing,
    List<RubricPoint> rubric,
    String modelAnswer) {
  public FollowUp {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(ask, "ask");
    if (minutes < 1 || minutes > 120) {
      throw new IllegalArgumentException("minutes must be 1..120, was " + minutes);
    }
    whenMissing = whenMissing == null ? List.of() : List.copyOf(whenMissing);
    rubric = List.copyOf(rubric);
    modelAnswer = modelAnswer == null ? "" : modelAnswer;
  }
}
