package dev.mockloop.engine;

import java.time.Instant;
import java.util.Objects;

/**
 * The user's verdict on a rubric point the scorer missed: "I covered this", with the sentence of
 * the answer that covers it. The score card stays as the scorer made it; history, stats and drill
 * count the point as covered, and {@code review disputes} lists it for bank authors.
 *
 * @param pointId the rubric point's id
 * @param sentence the sentence of the answer that covers it, as typed
 * @param start where the sentence starts in the answer (a character offset)
 * @param end where it ends, exclusive
 * @param at when the user marked it
 */
public record Dispute(String pointId, String sentence, int start, int end, Instant at) {
  public Dispute {
    Objects.requireNonNull(pointId, "point_id");
    if (pointId.isBlank()) {
      throw new IllegalArgumentException("a dispute needs the point's id");
    }
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(at, "at");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException(
          "dispute of " + pointId + ": bad sentence offsets " + start + ".." + end);
    }
  }
}
