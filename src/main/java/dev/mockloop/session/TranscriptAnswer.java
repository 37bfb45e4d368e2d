package dev.mockloop.session;

import dev.mockloop.scoring.ScoreCard;
import java.time.Instant;
import java.util.Objects;

/**
 * A submitted answer in a transcript.
 *
 * @param text exactly as typed
 * @param secondsUsed time spent on it
 * @param timedOut true when the deadline submitted it
 * @param submittedAt when it was submitted
 * @param card its score card
 */
public record TranscriptAnswer(
    String text, long secondsUsed, boolean timedOut, Instant submittedAt, ScoreCard card) {
  public TranscriptAnswer {
    text = text == null ? "" : text;
    Objects.requireNonNull(submittedAt, "submitted_at");
    Objects.requireNonNull(card, "card");
    if (secondsUsed < 0) {
      throw new IllegalArgumentException("seconds_used must be >= 0, was " + secondsUsed);
    }
  }
}
