package dev.mockloop.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The grade band of the grading guide (docs/scoring.md) that a 0..100 score corresponds to: 0
 * off-topic, 1 vague, 2 partial, 3 good, 4 strong. The cut points are fitted on the blind
 * calibration set by isotonic regression of grade on score ({@link #fit}); `questions calibrate`
 * prints the fit, so the cuts can be refitted when the bank or the scorer changes.
 *
 * @param grade 0..4
 * @param name the guide's name for it
 */
public record GradeBand(int grade, String name) {
  /** Lowest score of bands 1..4, from {@code questions calibrate} on the blind set. */
  static final int[] CUTS = {3, 14, 35, 66};

  private static final String[] NAMES = {"off-topic", "vague", "partial", "good", "strong"};

  public GradeBand {
    if (grade < 0 || grade > 4) {
      throw new IllegalArgumentException("grade must be 0..4, was " + grade);
    }
  }

  /** The band a score falls in. */
  public static GradeBand of(int score) {
    int g = 0;
    while (g < CUTS.length && score >= CUTS[g]) {
      g++;
    }
    return new GradeBand(g, NAMES[g]);
  }

  /** The guide's name of a grade. */
  public static String name(int grade) {
    return NAMES[Math.max(0, Math.min(4, grade))];
  }

  /** "3 good", as shown beside a score. */
  @Override
  public String toString() {
    return grade + " " + name;
  }

  /**
   * Cut points fitted on (score, grade) pairs: pool-adjacent-violators isotonic regression of grade
   * on score, then for each band the lowest score whose fitted grade reaches band - 0.5.
   */
  public static int[] fit(int[] scores, double[] grades) {
    Integer[] order = new Integer[scores.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Integer.compare(scores[a], scores[b]));
    List<double[]> blocks = new ArrayList<>();
    for (int i : order) {
      blocks.add(new double[] {grades[i], 1, scores[i]});
      while (blocks.size() > 1
          && blocks.get(blocks.size() - 2)[0] > blocks.get(blocks.size() - 1)[0]) {
        double[] b = blocks.remove(blocks.size() - 1);
        double[] a = blocks.get(blocks.size() - 1);
        a[0] = (a[0] * a[1] + b[0] * b[1]) / (a[1] + b[1]);
        a[1] += b[1];
      }
    }
    int[] cuts = new int[4];
    Arrays.fill(cuts, 101);
    int k = 0;
    double[] fitted = new double[scores.length];
    for (double[] b : blocks) {
      for (int j = 0; j < b[1]; j++) {
        fitted[k++] = b[0];
      }
    }
    for (int band = 1; band <= 4; band++) {
      for (int j = 0; j < order.length; j++) {
        if (fitted[j] >= band - 0.5) {
          cuts[band - 1] = scores[order[j]];
          break;
        }
      }
    }
    return cuts;
  }
}
