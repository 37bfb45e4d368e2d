package dev.mockloop.session;

import dev.mockloop.bank.Level;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One readable transcript as the review list, stats and drill see it.
 *
 * @param id the session id
 * @param level the level practised
 * @param status where it stands
 * @param startedAt when it started
 * @param endedAt when it ended; null while in progress
 * @param planned rounds planned
 * @param rounds the rounds started, in order
 */
public record SessionSummary(
    String id,
    Level level,
    SessionStatus status,
    Instant startedAt,
    Instant endedAt,
    int planned,
    List<RoundSummary> rounds) {
  public SessionSummary {
    SessionIds.check(id);
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(startedAt, "startedAt");
    rounds = List.copyOf(rounds);
    planned = Math.max(planned, rounds.size());
  }

  /** The mean score of the scored rounds, or empty when none is scored. */
  public Optional<Integer> score() {
    // loops, not streams, here and below: review list and stats call these for every session
    long sum = 0;
    int n = 0;
    for (RoundSummary r : rounds) {
      if (r.scored()) {
        sum += r.score();
        n++;
      }
    }
    return n == 0 ? Optional.empty() : Optional.of((int) Math.round((double) sum / n));
  }

  public List<RoundSummary> scored() {
    List<RoundSummary> out = new ArrayList<>(rounds.size());
    for (RoundSummary r : rounds) {
      if (r.scored()) {
        out.add(r);
      }
    }
    return out;
  }

  /** Seconds spent answering, over every round. */
  public long seconds() {
    long sum = 0;
    for (RoundSummary r : rounds) {
      sum += r.seconds();
    }
    return sum;
  }

  /** The scenario titles, in order. */
  public List<String> titles() {
    return rounds.stream().map(RoundSummary::title).toList();
  }

  /** True when the user marked a point of the session as covered that the scorer missed. */
  public boolean disputed() {
    return rounds.stream().anyMatch(r -> r.points().stream().anyMatch(PointMark::disputed));
  }

  /** True when a round of the session is on {@code topic} (case-insensitive). */
  public boolean hasTopic(String topic) {
    return rounds.stream().anyMatch(r -> r.topic().equalsIgnoreCase(topic));
  }
}
