package dev.mockloop.session;

import dev.mockloop.bank.Level;
import dev.mockloop.scoring.DimensionScore;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Computes {@link Stats} from a {@link History}: one pass over the summaries, no file reads. */
public final class StatsCalculator {
  private StatsCalculator() {}

  /**
   * @param history the sessions to count (filter it first for one level)
   * @param zone the zone weeks are counted in
   * @param top how many most-missed points to keep
   */
  public static Stats of(History history, ZoneId zone, int top) {
    long seconds = 0;
    int rounds = 0;
    Map<Level, long[]> levelSums = new TreeMap<>();
    Map<Level, Map<String, long[]>> dims = new TreeMap<>();
    Map<Level, Map<String, Tallies>> points = new EnumMap<>(Level.class);
    List<Stats.SessionScore> bySession = new ArrayList<>();
    Map<LocalDate, long[]> weeks = new TreeMap<>();
    for (SessionSummary s : history.sessions()) {
      seconds += s.seconds();
      for (RoundSummary r : s.scored()) {
        rounds++;
        long[] l = levelSums.computeIfAbsent(s.level(), k -> new long[2]);
        l[0]++;
        l[1] += r.score();
        // hash maps: the dimensions are sorted by their sums at the end
        Map<String, long[]> ld = dims.computeIfAbsent(s.level(), k -> new HashMap<>());
        for (DimensionScore d : r.dimensions()) {
          long[] sum = ld.computeIfAbsent(d.dimension(), k -> new long[2]);
          sum[0] += d.earned();
          sum[1] += d.possible();
        }
        // per level and scenario: a point id means something only within its scenario's rubric
        Tallies known =
            points
                .computeIfAbsent(s.level(), k -> new HashMap<>())
                .computeIfAbsent(r.scenario(), k -> new Tallies());
        for (PointMark p : r.points()) {
          // the index shares one PointMark per key and outcome: its tally is found by identity
          Tally t = known.byMark.get(p);
          if (t == null) {
            t = known.byKey.computeIfAbsent(p.key(), k -> new Tally(s.level(), r.scenario(), k));
            known.byMark.put(p, t);
          }
          t.add(p);
        }
      }
      s.score()
          .ifPresent(
              score -> {
                bySession.add(new Stats.SessionScore(s.id(), s.level(), s.startedAt(), score));
                LocalDate monday =
                    s.startedAt()
                        .atZone(zone)
                        .toLocalDate()
                        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                long[] w = weeks.computeIfAbsent(monday, k -> new long[2]);
                w[0]++;
                w[1] += score;
              });
    }
    List<Stats.LevelStats> levels = new ArrayList<>();
    levelSums.forEach(
        (level, sum) ->
            levels.add(
                new Stats.LevelStats(
                    level,
                    (int) sum[0],
                    (int) Math.round((double) sum[1] / sum[0]),
                    dimensions(dims.get(level)))));
    List<Stats.WeekScore> byWeek = new ArrayList<>();
    weeks.forEach(
        (monday, w) ->
            byWeek.add(
                new Stats.WeekScore(monday, (int) w[0], (int) Math.round((double) w[1] / w[0]))));
    List<Stats.MissedPoint> missed =
        points.values().stream()
            .flatMap(m -> m.values().stream())
            .flatMap(m -> m.byKey.values().stream())
            .filter(t -> t.missed > 0)
            .sorted(
                Comparator.comparingInt((Tally t) -> -t.missed)
                    .thenComparingDouble(t -> -(double) t.missed / t.asked)
                    .thenComparing(t -> t.key)
                    .thenComparing(t -> t.scenario))
            .limit(top)
            .map(t -> t.result(history))
            .toList();
    return new Stats(
        history.sessions().size(),
        rounds,
        seconds,
        levels,
        bySession,
        byWeek,
        missed,
        PrincipleStats.of(history));
  }

  private static List<Stats.DimensionAverage> dimensions(Map<String, long[]> sums) {
    List<Stats.DimensionAverage> out = new ArrayList<>();
    sums.forEach((name, v) -> out.add(new Stats.DimensionAverage(name, v[0], v[1])));
    out.sort(
        Comparator.comparingLong((Stats.DimensionAverage d) -> -d.possible())
            .thenComparing(Stats.DimensionAverage::dimension));
    return out;
  }

  /** The tallies of one scenario's points at one level, by key and by the index's shared mark. */
  private static final class Tallies {
    final Map<String, Tally> byKey = new HashMap<>();
    final Map<PointMark, Tally> byMark = new IdentityHashMap<>();
  }

  /** Counts for one point of one scenario at one level. */
  private static final class Tally {
    final Level level;
    final String scenario;
    final String key;
    int missed;
    int asked;

    Tally(Level level, String scenario, String key) {
      this.level = level;
      this.scenario = scenario;
      this.key = key;
    }

    void add(PointMark p) {
      asked++;
      if (!p.covered()) {
        missed++;
      }
    }

    /** The counts, with the point's sentence as its scenario asked it. */
    Stats.MissedPoint result(History h) {
      return new Stats.MissedPoint(
          level, scenario, key, h.pointText(scenario, level, key), missed, asked);
    }
  }
}
