package dev.mockloop.scoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Weighted points earned out of possible within one dimension. */
public record DimensionScore(String dimension, int earned, int possible) {
  public DimensionScore {
    if (earned < 0 || possible < 0 || earned > possible) {
      throw new IllegalArgumentException(dimension + ": " + earned + "/" + possible);
    }
  }

  /** 0..1; 0 when nothing was possible. */
  public double ratio() {
    return possible == 0 ? 0 : (double) earned / possible;
  }

  /** The points' weights earned and possible, summed per dimension in the order first seen. */
  static List<DimensionScore> of(List<PointResult> points) {
    Map<String, double[]> byDim = new LinkedHashMap<>();
    for (PointResult p : points) {
      double[] ep = byDim.computeIfAbsent(p.dimension(), d -> new double[2]);
      ep[0] += p.weight() * p.credit();
      ep[1] += p.weight();
    }
    List<DimensionScore> out = new ArrayList<>();
    byDim.forEach((d, ep) -> out.add(new DimensionScore(d, (int) Math.floor(ep[0]), (int) ep[1])));
    return out;
  }
}
