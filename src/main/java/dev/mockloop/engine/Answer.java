package dev.mockloop.engine;

import dev.mockloop.scoring.ScoreCard;
import java.time.Instant;
import java.util.Objects;

/**
 * A submitted answer, to the main question or to one follow-up.
 *
 * @param questionId {@link #MAIN} for the main question, else the follow-up's id
 * @param question the question as it was asked
 * @param text the answer exactly as typed
 * @param submittedAt when it was submitted (by the user or by the time-out)
 * @param secondsUsed time spent answering it, from the round's clock
 * @param timedOut true when the deadline submitted it
 * @param card its score card
 */
public record Answer(
    String questionId,
    String question,
    String text,
    Instant submittedAt,
    long secondsUsed,
    boolean timedOut,
    ScoreCard card) {
  /** The {@code questionId} of a main answer. */
  public static final String MAIN = "main";

  public Answer {
    Objects.requireNonNull(questionId, "questionId");
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(submittedAt, "submittedAt");
    Objects.requireNonNull(card, "card");
    if (secondsUsed < 0) {
      throw new IllegalArgumentException("secondsUsed must be >= 0, was " + secondsUsed);
    }
  }

  public boolean isMain() {
    return MAIN.equals(questionId);
  }
}
