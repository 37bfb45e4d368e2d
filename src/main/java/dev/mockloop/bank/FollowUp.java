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
 * @param whenSaid main-rubric points and phrases; when the main answer covered one of the points or
 *     said one of the phrases, this follow-up dives into that choice
 * @param rubric what a good answer to the probe covers
 * @param modelAnswer a strong answer; may be empty
 */
public record FollowUp(
    String id,
    String ask,
    int minutes,
    List<String> whenMissing,
    WhenSaid whenSaid,
    List<RubricPoint> rubric,
    String modelAnswer) {
  public FollowUp {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(ask, "ask");
    if (minutes < 1 || minutes > 120) {
      throw new IllegalArgumentException("minutes must be 1..120, was " + minutes);
    }
    whenMissing = whenMissing == null ? List.of() : List.copyOf(whenMissing);
    whenSaid = whenSaid == null ? WhenSaid.NONE : whenSaid;
    rubric = List.copyOf(rubric);
    modelAnswer = modelAnswer == null ? "" : modelAnswer;
  }

  /** A follow-up without {@code when_said}. */
  public FollowUp(
      String id,
      String ask,
      int minutes,
      List<String> whenMissing,
      List<RubricPoint> rubric,
      String modelAnswer) {
    this(id, ask, minutes, whenMissing, WhenSaid.NONE, rubric, modelAnswer);
  }

  /**
   * When a follow-up dives into what the candidate said.
   *
   * @param points ids of main-rubric points; covering one makes the follow-up eligible
   * @param phrases phrases; saying one (not negated or dismissed) makes it eligible
   */
  public record WhenSaid(List<String> points, List<String> phrases) {
    /** No trigger. */
    public static final WhenSaid NONE = new WhenSaid(List.of(), List.of());

    public WhenSaid {
      points = points == null ? List.of() : List.copyOf(points);
      phrases = phrases == null ? List.of() : List.copyOf(phrases);
    }

    public boolean isEmpty() {
      return points.isEmpty() && phrases.isEmpty();
    }
  }
}
