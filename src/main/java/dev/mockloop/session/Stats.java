package dev.mockloop.session;

import dev.mockloop.bank.Level;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Progress over the history: how much was practised, average scores per level and dimension, a
 * score trend by session and by week, and the key points missed most often. Computed by {@link
 * StatsCalculator}.
 *
 * @param sessions readable sessions counted
 * @param rounds scored rounds counted
 * @param seconds time spent answering, over every round
 * @param levels per level practised, in level order
 * @param bySession each session with a score, oldest first
 * @param byWeek each week (Monday to Sunday) with a scored session, oldest first
 * @param mostMissed the points missed most often, most first
 * @param principles per Leadership Principle practised, weakest first
 */
public record Stats(
    int sessions,
    int rounds,
    long seconds,
    List<LevelStats> levels,
    List<SessionScore> bySession,
    List<WeekScore> byWeek,
    List<MissedPoint> mostMissed,
    List<PrincipleStats> principles) {
  public Stats {
    principles = principles == null ? List.of() : List.copyOf(principles);
    levels = List.copyOf(levels);
    // a view's sessions are made when asked for (the trend shows the last hundred of thousands)
    bySession = bySession instanceof StatsViewColumns.Scores ? bySession : List.copyOf(bySession);
    byWeek = List.copyOf(byWeek);
    mostMissed = List.copyOf(mostMissed);
  }

  /** Minutes practised, rounded. */
  public long minutes() {
    return Math.round(seconds / 60.0);
  }

  /**
   * One level's averages.
   *
   * @param level the level
   * @param rounds scored rounds at that level
   * @param averageScore mean round score
   * @param dimensions per dimension, weighted points earned over possible, most possible first
   */
  public record LevelStats(
      Level level, int rounds, int averageScore, List<DimensionAverage> dimensions) {
    public LevelStats {
      Objects.requireNonNull(level, "level");
      dimensions = List.copyOf(dimensions);
    }
  }

  /** A dimension's weighted points earned over possible, over every scored round. */
  public record DimensionAverage(String dimension, long earned, long possible) {
    /** 0..100. */
    public int percent() {
      return possible == 0 ? 0 : (int) Math.round(100.0 * earned / possible);
    }
  }

  /** A session's mean round score. */
  public record SessionScore(Level level, java.time.Instant at, int score) {}

  /** The mean round score over the sessions that started in the week of {@code monday}. */
  public record WeekScore(LocalDate monday, int sessions, int averageScore) {}

  /**
   * A rubric point of one scenario at one level (point ids are unique only there: two scenarios may
   * both have a {@code consistency} point that asks different things).
   *
   * @param level the level of the rubric
   * @param scenario the scenario whose rubric holds it
   * @param key the point's id, or {@code <follow-up id>/<point id>} for a follow-up's point
   * @param text its sentence, as that scenario asked it
   * @param missed rounds of the scenario that missed it
   * @param asked rounds of the scenario that asked it
   */
  public record MissedPoint(
      Level level, String scenario, String key, String text, int missed, int asked) {
    public MissedPoint {
      Objects.requireNonNull(level, "level");
      Objects.requireNonNull(scenario, "scenario");
      Objects.requireNonNull(key, "key");
    }

    public int percent() {
      return asked == 0 ? 0 : (int) Math.round(100.0 * missed / asked);
    }
  }
}
