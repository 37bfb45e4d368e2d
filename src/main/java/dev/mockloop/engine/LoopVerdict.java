package dev.mockloop.engine;

import dev.mockloop.bank.Level;
import dev.mockloop.engine.ReportLine.Tone;
import dev.mockloop.scoring.DimensionScore;
import dev.mockloop.scoring.GradeBand;
import dev.mockloop.scoring.LevelRead;
import dev.mockloop.scoring.PointResult;
import dev.mockloop.scoring.ScoreCard;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The verdict of a loop at the level asked, as a debrief would give it: "Inclined at L6",
 * "Inclined at L6, not yet at L7", "Not yet at L7", from the average score's grade band and how
 * many rounds read as the level asked; then the one thing to work on next (the weakest
 * dimension over the loop's main answers, with its heaviest missed point).
 */
final class LoopVerdict {
  private LoopVerdict() {}

  static List<ReportLine> of(List<Round> rounds, int average) {
    List<ScoreCard> mains = new ArrayList<>();
    Level asked = null;
    for (Round r : rounds) {
      if (r.state().score() != null) {
        mains.add(r.state().score().main());
        asked = r.state().level();
      }
    }
    if (mains.isEmpty()) {
      return List.of();
    }
    List<ReportLine> out = new ArrayList<>();
    out.add(ReportLine.gap());
    String verdict = verdict(mains, asked, GradeBand.of(average));
    out.add(ReportLine.of("Verdict: " + verdict + " (average band " + GradeBand.of(average)
        + ")", verdict.startsWith("Inclined at " + asked) ? Tone.GOOD : Tone.WARN));
    String next = next(mains);
    if (!next.isEmpty()) {
      out.add(ReportLine.of("Work on next: " + next, Tone.NORMAL));
    }
    return out;
  }

  static String verdict(List<ScoreCard> mains, Level asked, GradeBand band) {
    int onLevel = 0;
    int other = 0;
    for (ScoreCard c : mains) {
      LevelRead read = c.levelRead();
      if (read == null || read.readsAs() == asked) {
        onLevel += GradeBand.of(c.score()).grade() >= 2 ? 1 : 0;
      } else if (read.readsAs() == asked.other()) {
        other++;
      }
    }
    boolean mostOnLevel = 2 * onLevel >= mains.size();
    if (band.grade() >= 3 && mostOnLevel) {
      return "Inclined at " + asked;
    }
    if (2 * other > mains.size() && asked == Level.L7) {
      return "Inclined at L6, not yet at L7";
    }
    if (2 * other > mains.size()) {
      return "Not yet at L6: the answers read at L7's altitude; add implementation depth";
    }
    return "Not yet at " + asked;
  }

  /** The weakest dimension over the main answers, with its heaviest missed point. */
  static String next(List<ScoreCard> mains) {
    Map<String, double[]> dims = new LinkedHashMap<>();
    for (ScoreCard c : mains) {
      for (DimensionScore d : c.dimensions()) {
        double[] ep = dims.computeIfAbsent(d.dimension(), k -> new double[2]);
        ep[0] += d.earned();
        ep[1] += d.possible();
      }
    }
    String weakest = dims.entrySet().stream().filter(e -> e.getValue()[1] > 0)
        .min(Comparator.comparingDouble(e -> e.getValue()[0] / e.getValue()[1]))
        .map(Map.Entry::getKey).orElse("");
    if (weakest.isEmpty()) {
      return "";
    }
    PointResult example = mains.stream().flatMap(c -> c.points().stream())
        .filter(p -> p.dimension().equals(weakest) && p.credit() < 1)
        .max(Comparator.comparingInt(PointResult::weight)).orElse(null);
    double[] ep = dims.get(weakest);
    return weakest + " (" + Math.round(100 * ep[0] / ep[1]) + "% of its points over the loop)"
        + (example == null ? "" : ", e.g. " + example.point());
  }
}
