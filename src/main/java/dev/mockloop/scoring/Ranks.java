package dev.mockloop.scoring;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/** Rank statistics for {@link Calibration}. */
final class Ranks {
  private Ranks() {}

  /** 1-based ranks; tied values share the average of their ranks. */
  static double[] average(double[] values) {
    int n = values.length;
    Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
    Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
    double[] ranks = new double[n];
    int i = 0;
    while (i < n) {
      int j = i;
      while (j + 1 < n && values[order[j + 1]] == values[order[i]]) {
        j++;
      }
      double rank = (i + j) / 2.0 + 1;
      for (int k = i; k <= j; k++) {
        ranks[order[k]] = rank;
      }
      i = j + 1;
    }
    return ranks;
  }

  /** Pearson correlation; of average ranks this is Spearman's rho. NaN when either is constant. */
  static double pearson(double[] x, double[] y) {
    int n = x.length;
    double mx = Arrays.stream(x).average().orElse(0);
    double my = Arrays.stream(y).average().orElse(0);
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < n; i++) {
      sxy += (x[i] - mx) * (y[i] - my);
      sxx += (x[i] - mx) * (x[i] - mx);
      syy += (y[i] - my) * (y[i] - my);
    }
    return sxx == 0 || syy == 0 ? Double.NaN : sxy / Math.sqrt(sxx * syy);
  }

  /** Kendall's tau-b, which corrects for ties in either variable. */
  static double kendallTauB(double[] x, double[] y) {
    long concordant = 0;
    long discordant = 0;
    long tiesX = 0;
    long tiesY = 0;
    for (int i = 0; i < x.length; i++) {
      for (int j = i + 1; j < x.length; j++) {
        double dx = Math.signum(x[i] - x[j]);
        double dy = Math.signum(y[i] - y[j]);
        if (dx == 0 && dy == 0) {
          continue;
        } else if (dx == 0) {
          tiesX++;
        } else if (dy == 0) {
          tiesY++;
        } else if (dx == dy) {
          concordant++;
        } else {
          discordant++;
        }
      }
    }
    double denom =
        Math.sqrt((double) (concordant + discordant + tiesX) * (concordant + discordant + tiesY));
    return denom == 0 ? Double.NaN : (concordant - discordant) / denom;
  }
}
