package dev.mockloop.cli;

import dev.mockloop.scoring.Calibration;
import dev.mockloop.scoring.PointResult;
import dev.mockloop.scoring.ScoreCard;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The text report of {@code questions calibrate}. */
final class CalibrateReport {
  private final StringBuilder out = new StringBuilder();

  private CalibrateReport() {}

  static String render(
      java.util.List<Calibration.Graded> graded,
      Map<String, ScoreCard> cards,
      String bank,
      int top) {
    CalibrateReport r = new CalibrateReport();
    r.graded = graded;
    return r.build(Calibration.of(graded), cards, bank, top);
  }

  private java.util.List<Calibration.Graded> graded = java.util.List.of();

  private String build(Calibration c, Map<String, ScoreCard> cards, String bank, int top) {
    line("Calibration of %d graded answers against the bank in %s", c.n(), bank);
    line("  Spearman's rho      %6.3f", c.spearman());
    line("  Kendall's tau-b     %6.3f", c.kendall());
    line(
        "  Pairwise ordering   %5.1f%% of %d pairs within a scenario and level "
            + "(%d ordered, %d tied, %d inverted; ties count half)",
        100 * c.pairwiseAccuracy(),
        c.pairs(),
        c.pairsOrdered(),
        c.pairsTied(),
        c.inversions().size());
    line("");
    line("By scenario and level (grade: score)");
    Map<String, List<Calibration.Graded>> groups = new LinkedHashMap<>();
    for (Calibration.Disagreement d : c.disagreements()) {
      Calibration.Graded g = d.answer();
      groups
          .computeIfAbsent(g.scenario() + " " + g.level(), k -> new java.util.ArrayList<>())
          .add(g);
    }
    groups.keySet().stream()
        .sorted()
        .forEach(
            k ->
                line(
                    "  %-44s %s",
                    k,
                    groups.get(k).stream()
                        .sorted((a, b) -> Double.compare(b.grade(), a.grade()))
                        .map(g -> fmt(g.grade()) + ":" + g.score())
                        .collect(Collectors.joining("  "))));
    line("");
    bands();
    line("Inversions (a higher-graded answer scored lower in the same scenario and level)");
    if (c.inversions().isEmpty()) {
      line("  none");
    }
    for (Calibration.Inversion i : c.inversions()) {
      line(
          "  %s: %s (grade %s, score %d) < %s (grade %s, score %d)",
          i.group(),
          i.higherGrade().id(),
          fmt(i.higherGrade().grade()),
          i.higherGrade().score(),
          i.lowerGrade().id(),
          fmt(i.lowerGrade().grade()),
          i.lowerGrade().score());
    }
    line("");
    line("Largest disagreements (score rank minus grade rank, as a share of the list)");
    for (Calibration.Disagreement d : c.disagreements().subList(0, Math.min(top, c.n()))) {
      Calibration.Graded g = d.answer();
      ScoreCard card = cards.get(g.id());
      line(
          "  %+.2f  %-28s grade %s  score %3d  %s",
          d.rankGap(),
          g.id(),
          fmt(g.grade()),
          g.score(),
          d.rankGap() > 0 ? "scored above its grade" : "scored below its grade");
      if (card != null) {
        line("         covered: %s", ids(card.covered()));
        line("         missed:  %s", ids(card.missed()));
        if (!card.flags().isEmpty()) {
          line(
              "         flags:   %s",
              card.flags().stream().map(f -> f.code()).collect(Collectors.joining(", ")));
        }
      }
    }
    return out.toString();
  }

  private static String ids(List<PointResult> points) {
    return points.isEmpty()
        ? "none"
        : points.stream().map(PointResult::id).collect(Collectors.joining(", "));
  }

  private static String fmt(double grade) {
    return grade == Math.rint(grade)
        ? String.valueOf((long) grade)
        : String.format(Locale.ROOT, "%.1f", grade);
  }

  private void line(String format, Object... args) {
    out.append(String.format(Locale.ROOT, format, args)).append(System.lineSeparator());
  }

  /** Spearman over main and follow-up answers apart, and the isotonic grade-band fit. */
  private void bands() {
    java.util.List<Calibration.Graded> all = graded;
    java.util.List<Calibration.Graded> main =
        all.stream().filter(g -> !g.scenario().contains("/")).toList();
    java.util.List<Calibration.Graded> followUps =
        all.stream().filter(g -> g.scenario().contains("/")).toList();
    if (main.size() > 2 && followUps.size() > 2) {
      line(
          "  Main answers        %5.3f Spearman (%d answers)",
          Calibration.of(main).spearman(), main.size());
      line(
          "  Follow-up answers   %5.3f Spearman (%d answers)",
          Calibration.of(followUps).spearman(), followUps.size());
    }
    int[] scores = all.stream().mapToInt(Calibration.Graded::score).toArray();
    double[] grades = all.stream().mapToDouble(Calibration.Graded::grade).toArray();
    int[] cuts = dev.mockloop.scoring.GradeBand.fit(scores, grades);
    line(
        "Grade bands fitted on this set (isotonic): 1 vague from %d, 2 partial from %d, "
            + "3 good from %d, 4 strong from %d",
        cuts[0], cuts[1], cuts[2], cuts[3]);
    line("");
  }
}
