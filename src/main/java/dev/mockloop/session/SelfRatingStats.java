package dev.mockloop.session;

import dev.mockloop.bank.Level;
import dev.mockloop.scoring.GradeBand;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How the user's own ratings (given before the score) track the scorer's grade band: how many, how
 * often they agree, the mean signed difference (self minus scorer, in bands: positive is
 * over-confident), how the gap moved from the first half of the ratings to the second, per level,
 * and per dimension when that dimension was the round's weakest (the place over-confidence usually
 * hides). Below {@link #MIN} ratings it says too little to read anything into.
 *
 * @param count rated rounds
 * @param agree rounds where the rating equals the scorer's band
 * @param withinOne rounds where they differ by at most one band
 * @param meanDiff mean of self minus scorer band
 * @param earlyGap mean absolute gap over the older half of the ratings
 * @param lateGap mean absolute gap over the newer half
 * @param byLevel per level, in level order
 * @param byWeakest per dimension, over the rounds where it was the weakest, largest gap first
 */
public record SelfRatingStats(
    int count,
    int agree,
    int withinOne,
    double meanDiff,
    double earlyGap,
    double lateGap,
    List<Group> byLevel,
    List<Group> byWeakest) {
  /** Fewer ratings than this are reported as too few. */
  public static final int MIN = 5;

  /** A mean difference at least this far from 0 is called over- or under-confident. */
  public static final double LEAN = 0.5;

  /**
   * One rated round.
   *
   * @param level the level asked
   * @param self the user's rating, 0..4
   * @param score the round's score, 0..100
   * @param weakest the round's dimension with the smallest share earned (over its answers); empty
   *     if none
   */
  public record Rated(Level level, int self, int score, String weakest) {
    /** Self minus the scorer's band. */
    public int diff() {
      return self - GradeBand.of(score).grade();
    }
  }

  /** Ratings in a group: how many, how many agreed, the mean difference. */
  public record Group(String name, int count, int agree, double meanDiff) {
    public int agreePercent() {
      return count == 0 ? 0 : (int) Math.round(100.0 * agree / count);
    }

    /** "over-confident", "under-confident", or "in line". */
    public String lean() {
      return SelfRatingStats.lean(meanDiff);
    }
  }

  public SelfRatingStats {
    byLevel = List.copyOf(byLevel);
    byWeakest = List.copyOf(byWeakest);
  }

  /** The statistics of {@code rated}, oldest first. */
  public static SelfRatingStats of(List<Rated> rated) {
    int agree = 0;
    int within = 0;
    double sum = 0;
    Map<String, List<Rated>> levels = new TreeMap<>();
    Map<String, List<Rated>> weakest = new TreeMap<>();
    for (Rated r : rated) {
      agree += r.diff() == 0 ? 1 : 0;
      within += Math.abs(r.diff()) <= 1 ? 1 : 0;
      sum += r.diff();
      levels.computeIfAbsent(r.level().name(), k -> new ArrayList<>()).add(r);
      if (!r.weakest().isEmpty()) {
        weakest.computeIfAbsent(r.weakest(), k -> new ArrayList<>()).add(r);
      }
    }
    int n = rated.size();
    int half = n / 2;
    List<Group> dims = groups(weakest);
    dims.sort(LARGEST_GAP);
    return new SelfRatingStats(
        n,
        agree,
        within,
        n == 0 ? 0 : sum / n,
        gap(rated.subList(0, half)),
        gap(rated.subList(n - half, n)),
        groups(levels),
        dims);
  }

  /** True when there are enough ratings to read anything into. */
  public boolean enough() {
    return count >= MIN;
  }

  public int agreePercent() {
    return count == 0 ? 0 : (int) Math.round(100.0 * agree / count);
  }

  public int withinOnePercent() {
    return count == 0 ? 0 : (int) Math.round(100.0 * withinOne / count);
  }

  static String lean(double meanDiff) {
    return meanDiff >= LEAN ? "over-confident" : meanDiff <= -LEAN ? "under-confident" : "in line";
  }

  /** The overall lean. */
  public String lean() {
    return lean(meanDiff);
  }

  /** Loops, not streams: {@code review stats} makes these once, before anything is compiled. */
  private static List<Group> groups(Map<String, List<Rated>> byName) {
    List<Group> out = new ArrayList<>(byName.size());
    for (Map.Entry<String, List<Rated>> e : byName.entrySet()) {
      out.add(group(e.getKey(), e.getValue()));
    }
    return out;
  }

  private static Group group(String name, List<Rated> rs) {
    int agree = 0;
    long sum = 0;
    for (Rated r : rs) {
      agree += r.diff() == 0 ? 1 : 0;
      sum += r.diff();
    }
    return new Group(name, rs.size(), agree, rs.isEmpty() ? 0 : (double) sum / rs.size());
  }

  private static double gap(List<Rated> rs) {
    long sum = 0;
    for (Rated r : rs) {
      sum += Math.abs(r.diff());
    }
    return rs.isEmpty() ? 0 : (double) sum / rs.size();
  }

  /** The largest mean difference either way first. */
  private static final Comparator<Group> LARGEST_GAP = new LargestGap();

  private static final class LargestGap implements Comparator<Group> {
    @Override
    public int compare(Group x, Group y) {
      return Double.compare(Math.abs(y.meanDiff()), Math.abs(x.meanDiff()));
    }
  }
}
