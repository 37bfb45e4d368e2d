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
    bySession = List.copyOf(bySession);
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
  public record SessionScore(String id, Level level, java.time.Instant at, int score) {}

  /** The mean round score over the sessions that started in the week of {@code monday}. */
  public record WeekScore(LocalDate monday, int sessions, int averageScore) {}

  /**
   * A rubric point by id, over every scenario that asks it.
   *
   * @param level the level of the rubric
   * @param pointId the point's id
   * @param text its sentence, as last asked
   * @param missed rounds that missed it
   * @param asked rounds that asked it
   * @param scenarios the scenarios where it was missed
   */
  public record MissedPoint(
      Level level, String pointId, String text, int missed, int asked, List<String> scenarios) {
    public MissedPoint {
      scenarios = List.copyOf(scenarios);
    }

    public int percent() {
      return asked == 0 ? 0 : (int) Math.round(100.0 * missed / asked);
    }
  }
}
