package dev.mockloop.session;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.mockloop.engine.Dispute;
import dev.mockloop.scoring.PointResult;
import dev.mockloop.scoring.ScoreCard;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A submitted answer in a transcript.
 *
 * @param text exactly as typed
 * @param secondsUsed time spent on it
 * @param timedOut true when the deadline submitted it
 * @param submittedAt when it was submitted
 * @param card its score card: the scorer's verdict, never changed afterwards
 * @param disputes the user's verdict where it differs: missed points they marked as covered, with
 *     the sentence that covers each (absent from the file when there is none, as in transcripts
 *     written before disputes existed)
 */
public record TranscriptAnswer(
    String text,
    long secondsUsed,
    boolean timedOut,
    Instant submittedAt,
    ScoreCard card,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Dispute> disputes) {
  public TranscriptAnswer {
    text = text == null ? "" : text;
    Objects.requireNonNull(submittedAt, "submitted_at");
    Objects.requireNonNull(card, "card");
    if (secondsUsed < 0) {
      throw new IllegalArgumentException("seconds_used must be >= 0, was " + secondsUsed);
    }
    disputes = disputes == null ? List.of() : List.copyOf(disputes);
    check(disputes, card, text.length());
  }

  /** An answer without disputes. */
  public TranscriptAnswer(
      String text, long secondsUsed, boolean timedOut, Instant submittedAt, ScoreCard card) {
    this(text, secondsUsed, timedOut, submittedAt, card, List.of());
  }

  /** True when the user marked {@code pointId} as covered. */
  public boolean disputed(String pointId) {
    return disputes.stream().anyMatch(d -> d.pointId().equals(pointId));
  }

  /** Each dispute names a point the card missed, once, and a sentence inside the text. */
  private static void check(List<Dispute> disputes, ScoreCard card, int length) {
    Set<String> seen = new HashSet<>();
    for (Dispute d : disputes) {
      PointResult p =
          card.points().stream()
              .filter(x -> x.id().equals(d.pointId()))
              .findFirst()
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "dispute names point '"
                              + d.pointId()
                              + "', which the card does not have"));
      if (p.covered()) {
        throw new IllegalArgumentException(
            "dispute names point '"
                + d.pointId()
                + "', which the scorer covered; only a missed point can be disputed");
      }
      if (!seen.add(d.pointId())) {
        throw new IllegalArgumentException("point '" + d.pointId() + "' is disputed twice");
      }
      if (d.end() > length) {
        throw new IllegalArgumentException(
            "dispute of '"
                + d.pointId()
                + "': sentence ends at "
                + d.end()
                + ", after the answer's "
                + length
                + " characters");
      }
    }
  }
}
