package dev.mockloop.engine;

import dev.mockloop.scoring.ScoreCard;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A submitted answer, to the main question or to one follow-up.
 *
 * @param questionId {@link #MAIN} for the main question, else the follow-up's id
 * @param question the question as it was asked
 * @param text the answer exactly as typed
 * @param submittedAt when it was submitted (by the user or by the time-out)
 * @param secondsUsed time spent answering it, from the round's clock
 * @param timedOut true when the deadline submitted it
 * @param card its score card, as the scorer made it
 * @param disputes the missed points the user marked as covered ("I covered this"), at most one per
 *     point
 */
public record Answer(
    String questionId,
    String question,
    String text,
    Instant submittedAt,
    long secondsUsed,
    boolean timedOut,
    ScoreCard card,
    List<Dispute> disputes) {
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
    disputes = disputes == null ? List.of() : List.copyOf(disputes);
    Set<String> seen = new HashSet<>();
    for (Dispute d : disputes) {
      if (!seen.add(d.pointId())) {
        throw new IllegalArgumentException("point " + d.pointId() + " is disputed twice");
      }
    }
  }

  /** An answer nobody has disputed yet. */
  public Answer(
      String questionId,
      String question,
      String text,
      Instant submittedAt,
      long secondsUsed,
      boolean timedOut,
      ScoreCard card) {
    this(questionId, question, text, submittedAt, secondsUsed, timedOut, card, List.of());
  }

  /** The user's mark on point {@code pointId}, if they marked it covered. */
  public Optional<Dispute> dispute(String pointId) {
    return disputes.stream().filter(d -> d.pointId().equals(pointId)).findFirst();
  }

  /**
   * This answer with point {@code pointId} marked as covered by the sentence {@code [start, end)}
   * of its text, replacing any earlier mark on that point.
   *
   * @throws IllegalArgumentException when the card has no such missed point or the offsets lie
   *     outside the text
   */
  Answer markCovered(String pointId, int start, int end, Instant at) {
    boolean missed = card.points().stream().anyMatch(p -> p.id().equals(pointId) && !p.covered());
    if (!missed) {
      throw new IllegalArgumentException(
          "'" + pointId + "' is not a point the scorer missed in" + " the answer to " + questionId);
    }
    if (start < 0 || end < start || end > text.length()) {
      throw new IllegalArgumentException(
          "sentence "
              + start
              + ".."
              + end
              + " is outside the"
              + " answer ("
              + text.length()
              + " characters)");
    }
    List<Dispute> next = new ArrayList<>(withoutDispute(pointId).disputes);
    next.add(new Dispute(pointId, text.substring(start, end), start, end, at));
    return new Answer(questionId, question, text, submittedAt, secondsUsed, timedOut, card, next);
  }

  /** This answer without the user's mark on {@code pointId}. */
  Answer withoutDispute(String pointId) {
    return new Answer(
        questionId,
        question,
        text,
        submittedAt,
        secondsUsed,
        timedOut,
        card,
        disputes.stream().filter(d -> !d.pointId().equals(pointId)).toList());
  }

  public boolean isMain() {
    return MAIN.equals(questionId);
  }
}
