package dev.mockloop.session;

import dev.mockloop.bank.Level;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.TreeMap;

/**
 * The scored sessions of a {@link StatsView} and its self-rated rounds, read in place: a session is
 * made only when asked for ({@link Scores}), and a week's count and sum come from the running sums
 * at the places where its times start and end.
 */
final class StatsViewColumns {
  private final byte[] b;
  private final int n;
  private final int millisAt;
  private final int scoreAt;
  private final int levelAt;
  private final int cumAt;

  /** Per level, when asked: the places of its sessions, and the running sum of their scores. */
  private final int[][] places = new int[StatsView.LEVELS.length][];

  private final long[][] sums = new long[StatsView.LEVELS.length][];
  private final int ratedAt;
  private final int rated;

  StatsViewColumns(DigestIn in) {
    b = in.b;
    n = in.integer();
    millisAt = in.at;
    scoreAt = millisAt + 8 * n;
    levelAt = scoreAt + 2 * n;
    cumAt = levelAt + n;
    in.at = cumAt + 8 * (n + 1);
    rated = in.integer();
    ratedAt = in.at;
    for (int i = 0; i < rated; i++) {
      in.at += 9;
      in.skipText();
    }
  }

  private int size(Level only) {
    return only == null ? n : level(only).length;
  }

  /** The place in the columns of the {@code i}th session at {@code only} (null: every level). */
  private int place(Level only, int i) {
    return only == null ? i : level(only)[i];
  }

  /** The places of the sessions at {@code only}, found the first time a level is asked for. */
  private int[] level(Level only) {
    int l = only.ordinal();
    if (places[l] == null) {
      int[] at = new int[n];
      long[] sum = new long[n + 1];
      int m = 0;
      for (int i = 0; i < n; i++) {
        if (b[levelAt + i] == l) {
          at[m] = i;
          sum[m + 1] = sum[m] + score(i);
          m++;
        }
      }
      places[l] = java.util.Arrays.copyOf(at, m);
      sums[l] = java.util.Arrays.copyOf(sum, m + 1);
    }
    return places[l];
  }

  private int score(int place) {
    return DigestIn.shortNumber(b, scoreAt + 2 * place);
  }

  private long millis(int place) {
    return DigestIn.longNumber(b, millisAt + 8 * place);
  }

  /** The sum of the scores of the first {@code i} sessions at {@code only}. */
  private long sum(Level only, int i) {
    return only == null ? DigestIn.longNumber(b, cumAt + 8 * i) : sums[only.ordinal()][i];
  }

  /** The scored sessions at {@code only}, oldest first, each made when asked for. */
  List<Stats.SessionScore> scores(Level only) {
    return new Scores(this, only);
  }

  /** The sessions of a view as {@link Stats#bySession}: a list that cannot be changed. */
  static final class Scores extends AbstractList<Stats.SessionScore> implements RandomAccess {
    private final StatsViewColumns c;
    private final Level only;

    private Scores(StatsViewColumns c, Level only) {
      this.c = c;
      this.only = only;
    }

    @Override
    public Stats.SessionScore get(int i) {
      if (i < 0 || i >= size()) {
        throw new IndexOutOfBoundsException(i);
      }
      int p = c.place(only, i);
      return new Stats.SessionScore(
          StatsView.LEVELS[c.b[c.levelAt + p]], Instant.ofEpochMilli(c.millis(p)), c.score(p));
    }

    @Override
    public int size() {
      return c.size(only);
    }
  }

  /**
   * The mean session score per week (Monday to Sunday in {@code zone}) at {@code only}, as {@link
   * StatsCalculator} counts them: each week's sessions are those from the first of it up to the
   * first whose time is at or after the next Monday, found by a search, as the times are in order.
   */
  List<Stats.WeekScore> weeks(Level only, ZoneId zone) {
    Map<LocalDate, long[]> weeks = new TreeMap<>();
    int m = size(only);
    for (int k = 0; k < m; ) {
      long at = millis(place(only, k));
      LocalDate day = Instant.ofEpochMilli(at).atZone(zone).toLocalDate();
      LocalDate monday = day.minusDays(day.getDayOfWeek().getValue() - 1L);
      long from = monday.atStartOfDay(zone).toInstant().toEpochMilli();
      long to = monday.plusWeeks(1).atStartOfDay(zone).toInstant().toEpochMilli();
      int end = at < from || at >= to ? k + 1 : firstFrom(only, to, k + 1, m);
      long[] week = weeks.get(monday);
      if (week == null) {
        week = new long[2];
        weeks.put(monday, week);
      }
      week[0] += end - k;
      week[1] += sum(only, end) - sum(only, k);
      k = end;
    }
    List<Stats.WeekScore> out = new ArrayList<>(weeks.size());
    for (Map.Entry<LocalDate, long[]> e : weeks.entrySet()) {
      long[] w = e.getValue();
      out.add(new Stats.WeekScore(e.getKey(), (int) w[0], (int) Math.round((double) w[1] / w[0])));
    }
    return out;
  }

  /** The first of the sessions {@code lo} to {@code hi} (not included) at or after {@code to}. */
  private int firstFrom(Level only, long to, int lo, int hi) {
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (millis(place(only, mid)) < to) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The self-rated rounds at {@code only}, oldest first. */
  List<SelfRatingStats.Rated> rated(Level only) {
    List<SelfRatingStats.Rated> out = new ArrayList<>();
    DigestIn in = new DigestIn(b, ratedAt);
    for (int i = 0; i < rated; i++) {
      Level level = StatsView.LEVELS[in.u8()];
      int self = in.integer();
      int score = in.integer();
      String weakest = in.text();
      if (only == null || level == only) {
        out.add(new SelfRatingStats.Rated(level, self, score, weakest));
      }
    }
    return out;
  }
}
