package dev.mockloop.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How well scores agree with hand grades: Spearman's rho and Kendall's tau-b over all answers,
 * pairwise ordering accuracy within each scenario and level, and the answers where score and grade
 * disagree most (each answer's score rank against its grade rank).
 *
 * @param n answers compared
 * @param spearman Spearman's rho (ties get average ranks)
 * @param kendall Kendall's tau-b
 * @param pairs pairs of answers in the same scenario and level with different grades
 * @param pairsOrdered of those, pairs where the higher grade has the higher score
 * @param pairsTied of those, pairs where the scores are equal
 * @param inversions pairs where the higher-graded answer scored lower
 * @param disagreements answers ordered by how far their score rank is from their grade rank
 */
public record Calibration(
    int n,
    double spearman,
    double kendall,
    int pairs,
    int pairsOrdered,
    int pairsTied,
    List<Inversion> inversions,
    List<Disagreement> disagreements) {

  /** One graded answer and its score. */
  public record Graded(String id, String scenario, String level, double grade, int score) {
    public Graded {
      Objects.requireNonNull(id, "id");
    }
  }

  /** A higher-graded answer that scored lower than a lower-graded one in its group. */
  public record Inversion(String group, Graded higherGrade, Graded lowerGrade) {}

  /** An answer and how far apart (in 0..1 rank terms) its score and grade are. */
  public record Disagreement(Graded answer, double rankGap) {}

  public Calibration {
    inversions = List.copyOf(inversions);
    disagreements = List.copyOf(disagreements);
  }

  /** Pairwise ordering accuracy within groups, ties counting half; 1 when there are no pairs. */
  public double pairwiseAccuracy() {
    return pairs == 0 ? 1 : (pairsOrdered + 0.5 * pairsTied) / pairs;
  }

  public static Calibration of(List<Graded> answers) {
    int n = answers.size();
    double[] grades = answers.stream().mapToDouble(Graded::grade).toArray();
    double[] scores = answers.stream().mapToDouble(Graded::score).toArray();
    double[] gr = Ranks.average(grades);
    double[] sr = Ranks.average(scores);
    Map<String, List<Graded>> groups = new LinkedHashMap<>();
    for (Graded g : answers) {
      groups.computeIfAbsent(g.scenario() + " " + g.level(), k -> new ArrayList<>()).add(g);
    }
    int pairs = 0;
    int ordered = 0;
    int tied = 0;
    List<Inversion> inversions = new ArrayList<>();
    for (Map.Entry<String, List<Graded>> e : groups.entrySet()) {
      List<Graded> g = e.getValue();
      for (int i = 0; i < g.size(); i++) {
        for (int j = 0; j < g.size(); j++) {
          Graded hi = g.get(i);
          Graded lo = g.get(j);
          if (hi.grade() <= lo.grade()) {
            continue;
          }
          pairs++;
          if (hi.score() > lo.score()) {
            ordered++;
          } else if (hi.score() == lo.score()) {
            tied++;
          } else {
            inversions.add(new Inversion(e.getKey(), hi, lo));
          }
        }
      }
    }
    List<Disagreement> gaps = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      gaps.add(new Disagreement(answers.get(i), n <= 1 ? 0 : (sr[i] - gr[i]) / (n - 1)));
    }
    gaps.sort(Comparator.comparingDouble((Disagreement d) -> -Math.abs(d.rankGap())));
    return new Calibration(
        n,
        Ranks.pearson(gr, sr),
        Ranks.kendallTauB(grades, scores),
        pairs,
        ordered,
        tied,
        inversions,
        gaps);
  }
}
