package dev.mockloop.bank;

import java.util.List;
import java.util.Objects;

/**
 * A scenario as asked at one level.
 *
 * @param prompt what the interviewer asks
 * @param context situation details; may be empty
 * @param minutes time allowed for the main answer, 1..120
 * @param rubric the key points, at least one
 * @param followUps probes, in file order
 * @param modelAnswer a strong answer a candidate could give in the time; may be empty in user banks
 * @param premise for a behavioural question, the situation a story must be about to answer it (its
 *     {@code point} says it, its phrases and concept groups find it); null when not given
 */
public record LevelSpec(
    String prompt,
    String context,
    int minutes,
    List<RubricPoint> rubric,
    List<FollowUp> followUps,
    String modelAnswer,
    RubricPoint premise) {
  public LevelSpec {
    Objects.requireNonNull(prompt, "prompt");
    context = context == null ? "" : context;
    if (minutes < 1 || minutes > 120) {
      throw new IllegalArgumentException("minutes must be 1..120, was " + minutes);
    }
    rubric = List.copyOf(rubric);
    followUps = followUps == null ? List.of() : List.copyOf(followUps);
    modelAnswer = modelAnswer == null ? "" : modelAnswer;
  }

  /** A level with no premise. */
  public LevelSpec(
      String prompt,
      String context,
      int minutes,
      List<RubricPoint> rubric,
      List<FollowUp> followUps,
      String modelAnswer) {
    this(prompt, context, minutes, rubric, followUps, modelAnswer, null);
  }

  /** The follow-up with this id, or null. */
  public FollowUp followUp(String id) {
    return followUps.stream().filter(f -> f.id().equals(id)).findFirst().orElse(null);
  }
}
