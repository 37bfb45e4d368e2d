package dev.mockloop.session;

import dev.mockloop.bank.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A saved practice session ({@code sessions/<id>.yaml}); the format is described in DESIGN.md,
 * "Transcripts".
 *
 * @param schema format version, {@link #SCHEMA}
 * @param id the session id, also the file name
 * @param level the level practised
 * @param startedAt when the session started
 * @param endedAt when it ended; null while in progress
 * @param status where it stands
 * @param settings how it was run, so it can be resumed
 * @param planned the scenario ids of every planned round, in order
 * @param rounds the rounds started so far
 */
public record Transcript(
    int schema,
    String id,
    Level level,
    Instant startedAt,
    Instant endedAt,
    SessionStatus status,
    TranscriptSettings settings,
    List<String> planned,
    List<TranscriptRound> rounds) {
  public static final int SCHEMA = 1;

  public Transcript {
    if (schema < 1 || schema > SCHEMA) {
      throw new IllegalArgumentException(
          "schema "
              + schema
              + " is not supported (this version"
              + " reads 1.."
              + SCHEMA
              + "); upgrade mockloop");
    }
    SessionIds.check(id);
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(startedAt, "started_at");
    Objects.requireNonNull(status, "status");
    settings = settings == null ? TranscriptSettings.DEFAULT : settings;
    planned = planned == null ? List.of() : List.copyOf(planned);
    rounds = rounds == null ? List.of() : List.copyOf(rounds);
  }

  public Transcript withStatus(SessionStatus newStatus, Instant ended) {
    return new Transcript(
        schema, id, level, startedAt, ended, newStatus, settings, planned, rounds);
  }

  /** The same transcript with {@code newRounds} in place of its rounds. */
  public Transcript withRounds(List<TranscriptRound> newRounds) {
    return new Transcript(
        schema, id, level, startedAt, endedAt, status, settings, planned, newRounds);
  }

  /**
   * What the start-up offer says about a session it offers back ({@link SessionStore#unfinished}):
   * how it stopped, and the status {@link SessionStore#keep} gives it.
   */
  public String howItStopped() {
    if (status != SessionStatus.PAUSED) {
      return "A practice session did not finish (the program was closed or killed):";
    }
    return draft().filter(d -> !d.text().isEmpty()).isPresent()
        ? "A practice session was paused in the middle of an answer (you quit it, or its input"
            + " ended); your draft is kept:"
        : "A practice session was paused in the middle of a round (its input ended); your answers"
            + " are kept:";
  }

  /** The status a session offered back keeps when the user does not resume it. */
  public SessionStatus keptAs() {
    return status == SessionStatus.PAUSED ? SessionStatus.ABANDONED : SessionStatus.RECOVERED;
  }

  /** The mean score of the scored rounds, or empty when none is scored. */
  public Optional<Integer> averageScore() {
    var scores = rounds.stream().map(TranscriptRound::score).filter(Objects::nonNull).toList();
    return scores.isEmpty()
        ? Optional.empty()
        : Optional.of((int) Math.round(scores.stream().mapToInt(i -> i).average().orElse(0)));
  }

  /** Time spent answering, over every round. */
  public Duration timeUsed() {
    return Duration.ofSeconds(rounds.stream().mapToLong(TranscriptRound::secondsUsed).sum());
  }

  /** The draft of the last round, if one was being typed. */
  public Optional<Draft> draft() {
    return rounds.isEmpty()
        ? Optional.empty()
        : Optional.ofNullable(rounds.get(rounds.size() - 1).draft());
  }
}
