package dev.mockloop.session;

import dev.mockloop.bank.Level;
import dev.mockloop.engine.Attempt;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every saved session, oldest first, as summaries; the files that could not be read, with the
 * reason; and the sentences of the rubric points the summaries refer to.
 *
 * @param sessions readable sessions, by start time
 * @param unreadable files that are not valid transcripts
 * @param pointTexts rubric sentences by {@link Summaries#pointKey}
 */
public record History(
    List<SessionSummary> sessions,
    List<StoredSession.Unreadable> unreadable,
    Map<String, String> pointTexts) {
  /** By start time, then id (a plain comparator: the history sorts 10,000 of them per read). */
  static final Comparator<SessionSummary> BY_START =
      (a, b) -> {
        int c = a.startedAt().compareTo(b.startedAt());
        return c != 0 ? c : a.id().compareTo(b.id());
      };

  public History {
    if (!inOrder(sessions)) { // the index keeps them in order, so this is usually one pass
      List<SessionSummary> sorted = new ArrayList<>(sessions);
      sorted.sort(BY_START);
      sessions = sorted;
    }
    sessions = List.copyOf(sessions);
    unreadable = List.copyOf(unreadable);
    pointTexts = Map.copyOf(pointTexts);
  }

  private static boolean inOrder(List<SessionSummary> sessions) {
    SessionSummary before = null;
    for (SessionSummary s : sessions) {
      if (before != null && BY_START.compare(before, s) > 0) {
        return false;
      }
      before = s;
    }
    return true;
  }

  /** A round of an earlier session: the session and the round. */
  public record PastRound(SessionSummary session, RoundSummary round) {}

  /** Only the sessions at {@code level} (null keeps all) that touch {@code topic} (null: all). */
  public History filter(Level level, String topic) {
    List<SessionSummary> kept =
        sessions.stream()
            .filter(s -> level == null || s.level() == level)
            .filter(s -> topic == null || s.hasTopic(topic))
            .toList();
    return new History(kept, unreadable, pointTexts);
  }

  public Optional<SessionSummary> find(String id) {
    return sessions.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /**
   * The latest scored attempt at {@code scenario} and {@code level} that started before the session
   * {@code beforeId} did.
   */
  public Optional<PastRound> previousAttempt(String beforeId, String scenario, Level level) {
    SessionSummary current = find(beforeId).orElse(null);
    PastRound best = null;
    for (SessionSummary s : sessions) {
      if (s.id().equals(beforeId) || s.level() != level) {
        continue;
      }
      if (current != null && BY_START.compare(s, current) >= 0) {
        break;
      }
      for (RoundSummary r : s.rounds()) {
        if (r.scenario().equals(scenario) && r.scored()) {
          best = new PastRound(s, r);
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /** The round compared with the previous attempt at its scenario and level, if there is one. */
  public Optional<Comparison> compare(String sessionId, Level level, RoundSummary round) {
    return previousAttempt(sessionId, round.scenario(), level)
        .map(before -> Comparison.of(round, before));
  }

  /** Every scored round, as drill selection reads the history. */
  public List<Attempt> attempts() {
    List<Attempt> out = new ArrayList<>();
    for (SessionSummary s : sessions) {
      for (RoundSummary r : s.scored()) {
        out.add(
            new Attempt(
                r.scenario(),
                s.level(),
                s.startedAt(),
                r.score(),
                r.missed().stream().map(PointMark::key).distinct().toList()));
      }
    }
    return out;
  }

  /** The sentence of a point, or its key when no transcript recorded one. */
  public String pointText(String scenario, Level level, String markKey) {
    return pointTexts.getOrDefault(Summaries.pointKey(scenario, level, markKey), markKey);
  }

  /** Topics practised, sorted. */
  public List<String> topics() {
    return sessions.stream()
        .flatMap(s -> s.rounds().stream())
        .map(RoundSummary::topic)
        .filter(t -> !t.isBlank())
        .distinct()
        .sorted()
        .toList();
  }
}
