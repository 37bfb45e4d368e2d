package dev.mockloop.session;

import dev.mockloop.bank.Level;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Computes {@link Stats} from a {@link History}, or from the {@link StatsTally} kept beside the
 * session index: one pass over the sums, no file reads.
 */
public final class StatsCalculator {
  private StatsCalculator() {}

  /**
   * @param history the sessions to count (filter it first for one level)
   * @param zone the zone weeks are counted in
   * @param top how many most-missed points to keep
   */
  public static Stats of(History history, ZoneId zone, int top) {
    return of(StatsTally.of(history), null, zone, top, history.pointTexts());
  }

  /**
   * The stats of the sessions a tally holds at {@code only} (null: every level), with the rubric
   * sentences {@code texts} (by {@link Summaries#pointKey}; a point without one shows its key).
   */
  public static Stats of(
      StatsTally tally, Level only, ZoneId zone, int top, Map<String, String> texts) {
    long sessions = 0;
    long seconds = 0;
    long rounds = 0;
    List<Stats.LevelStats> levels = new ArrayList<>();
    for (Map.Entry<Level, StatsTally.Part> e : tally.parts(only).entrySet()) {
      StatsTally.Part p = e.getValue();
      sessions += p.sessions;
      seconds += p.seconds;
      rounds += p.rounds;
      if (p.rounds > 0) {
        levels.add(
            new Stats.LevelStats(
                e.getKey(),
                (int) p.rounds,
                (int) Math.round((double) p.scoreSum / p.rounds),
                dimensions(p.dims)));
      }
    }
    List<Missed> missed = top(tally.parts(only), top);
    List<Stats.SessionScore> bySession = new ArrayList<>();
    for (StatsTally.Row r : tally.rows(only)) {
      if (r.score() != null) {
        bySession.add(new Stats.SessionScore(r.level(), r.startedAt(), r.score()));
      }
    }
    List<Stats.MissedPoint> most = new ArrayList<>();
    for (Missed m : missed) {
      String text = texts.getOrDefault(Summaries.pointKey(m.scenario, m.level, m.key), m.key);
      most.add(new Stats.MissedPoint(m.level, m.scenario, m.key, text, m.missed, m.asked));
    }
    return new Stats(
        (int) sessions,
        (int) rounds,
        seconds,
        levels,
        bySession,
        weeks(bySession, zone),
        most,
        PrincipleStats.of(tally, only, texts));
  }

  /**
   * The {@code top} points missed most often in {@code parts}, in order (the same from each level's
   * own top ones, taken in level order: {@link StatsView}).
   */
  static List<Missed> top(Map<Level, StatsTally.Part> parts, int top) {
    List<Missed> missed = new ArrayList<>(); // the top ones only, in order
    parts.forEach(
        (level, p) ->
            p.points.forEach(
                (scenario, keys) ->
                    keys.forEach(
                        (key, v) -> {
                          if (v[0] > 0) {
                            keep(
                                missed,
                                top,
                                new Missed(level, scenario, key, (int) v[0], (int) v[1]));
                          }
                        })));
    return missed;
  }

  /** A point missed: its level, scenario and key, how often missed and asked. */
  record Missed(Level level, String scenario, String key, int missed, int asked) {
    /** Most missed first, then the larger share missed, then by key and scenario. */
    int before(Missed o) {
      int c = Integer.compare(o.missed, missed);
      c = c != 0 ? c : Double.compare(-(double) missed / asked, -(double) o.missed / o.asked);
      c = c != 0 ? c : key.compareTo(o.key);
      return c != 0 ? c : scenario.compareTo(o.scenario);
    }
  }

  /**
   * Puts {@code m} in place among the {@code top} kept so far, in order; an equal one stays after
   * those met before it, as a stable sort of them all would leave it.
   */
  static void keep(List<Missed> kept, int top, Missed m) {
    int i = kept.size();
    while (i > 0 && m.before(kept.get(i - 1)) < 0) {
      i--;
    }
    if (i < top) {
      kept.add(i, m);
      if (kept.size() > top) {
        kept.remove(kept.size() - 1);
      }
    }
  }

  /** Mean session score per week (Monday to Sunday in {@code zone}), from scores oldest first. */
  private static List<Stats.WeekScore> weeks(List<Stats.SessionScore> scores, ZoneId zone) {
    Map<LocalDate, long[]> weeks = new TreeMap<>();
    long[] week = null;
    Instant from = Instant.MAX;
    Instant to = Instant.MIN;
    for (Stats.SessionScore s : scores) {
      // the zone's rules and the map are asked once per week, not once per session
      if (s.at().isBefore(from) || !s.at().isBefore(to)) {
        LocalDate monday =
            s.at()
                .atZone(zone)
                .toLocalDate()
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        from = monday.atStartOfDay(zone).toInstant();
        to = monday.plusWeeks(1).atStartOfDay(zone).toInstant();
        week = weeks.get(monday);
        if (week == null) {
          week = new long[2];
          weeks.put(monday, week);
        }
      }
      week[0]++;
      week[1] += s.score();
    }
    List<Stats.WeekScore> out = new ArrayList<>();
    weeks.forEach(
        (day, w) ->
            out.add(new Stats.WeekScore(day, (int) w[0], (int) Math.round((double) w[1] / w[0]))));
    return out;
  }

  static List<Stats.DimensionAverage> dimensions(Map<String, long[]> sums) {
    List<Stats.DimensionAverage> out = new ArrayList<>();
    sums.forEach((name, v) -> out.add(new Stats.DimensionAverage(name, v[0], v[1])));
    out.sort(
        Comparator.comparingLong((Stats.DimensionAverage d) -> -d.possible())
            .thenComparing(Stats.DimensionAverage::dimension));
    return out;
  }
}
