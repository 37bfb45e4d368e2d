package dev.mockloop.engine;

import dev.mockloop.scoring.DimensionScore;
import dev.mockloop.scoring.PointResult;
import dev.mockloop.scoring.ScoreCard;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The loop's top things to work on next: the heaviest points missed over the loop's answers, one
 * per dimension first (weakest dimension over the main answers first among equal weights), then the
 * next heaviest; each with the command that asks its question again.
 */
public final class WorkOnNext {
  private WorkOnNext() {}

  /**
   * One thing to work on.
   *
   * @param point the missed point, in its own words
   * @param dimension its dimension
   * @param weight its weight
   * @param round the round that missed it
   * @param drill the command that drills it
   */
  public record Item(String point, String dimension, int weight, int round, String drill) {}

  /** The top {@code n} things to work on over the scored rounds. */
  public static List<Item> of(List<DebriefRound> scored, int n) {
    Map<String, Double> share = dimensionShares(scored);
    List<Item> missed = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (DebriefRound r : scored) {
      for (ScoreCard c : r.cards()) {
        for (PointResult p : c.missed()) {
          if (seen.add(r.scenario() + "/" + p.id())) {
            missed.add(new Item(p.point(), p.dimension(), p.weight(), r.round(), r.drill()));
          }
        }
      }
    }
    missed.sort(
        Comparator.comparingInt((Item i) -> -i.weight())
            .thenComparingDouble(i -> share.getOrDefault(i.dimension(), 1.0))
            .thenComparingInt(Item::round));
    List<Item> top = new ArrayList<>();
    Set<String> dims = new HashSet<>();
    for (Item i : missed) {
      if (top.size() < n && dims.add(i.dimension())) {
        top.add(i);
      }
    }
    for (Item i : missed) {
      if (top.size() < n && !top.contains(i)) {
        top.add(i);
      }
    }
    top.sort(
        Comparator.comparingInt((Item i) -> -i.weight())
            .thenComparingDouble(i -> share.getOrDefault(i.dimension(), 1.0)));
    return top;
  }

  /** Each dimension's share of its points earned over the main answers. */
  private static Map<String, Double> dimensionShares(List<DebriefRound> scored) {
    Map<String, double[]> sums = new HashMap<>();
    for (DebriefRound r : scored) {
      for (DimensionScore d : r.cards().get(0).dimensions()) {
        double[] ep = sums.computeIfAbsent(d.dimension(), k -> new double[2]);
        ep[0] += d.earned();
        ep[1] += d.possible();
      }
    }
    Map<String, Double> share = new HashMap<>();
    sums.forEach((k, ep) -> share.put(k, ep[1] == 0 ? 1.0 : ep[0] / ep[1]));
    return share;
  }
}
