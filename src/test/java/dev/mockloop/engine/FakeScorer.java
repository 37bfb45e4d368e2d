package dev.mockloop.engine;

import dev.mockloop.bank.FollowUp;
import dev.mockloop.bank.Level;
import dev.mockloop.bank.RubricPoint;
import dev.mockloop.bank.Scenario;
import dev.mockloop.scoring.AnswerScorer;
import dev.mockloop.scoring.DimensionScore;
import dev.mockloop.scoring.Evidence;
import dev.mockloop.scoring.PointResult;
import dev.mockloop.scoring.ScoreCard;
import dev.mockloop.scoring.Signals;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Test-only scorer: a point is covered when the answer contains one of its phrases
 * (case-insensitive substring). Real scoring lives in the scoring package.
 */
public final class FakeScorer implements AnswerScorer {
  @Override
  public ScoreCard scoreMain(String answer, Scenario scenario, Level level) {
    return score(answer, scenario.level(level).rubric());
  }

  @Override
  public ScoreCard scoreFollowUp(String answer, Scenario s, Level level, FollowUp followUp) {
    return score(answer, followUp.rubric());
  }

  static ScoreCard score(String answer, List<RubricPoint> rubric) {
    String lower = answer.toLowerCase(Locale.ROOT);
    List<PointResult> points = new ArrayList<>();
    Map<String, int[]> dims = new LinkedHashMap<>();
    int earned = 0;
    int possible = 0;
    for (RubricPoint p : rubric) {
      List<Evidence> ev = new ArrayList<>();
      for (String phrase : p.any()) {
        int at = lower.indexOf(phrase.toLowerCase(Locale.ROOT));
        if (at >= 0) {
          ev.add(
              new Evidence(
                  at, at + phrase.length(), answer.substring(at, at + phrase.length()), phrase));
        }
      }
      boolean covered = !ev.isEmpty();
      points.add(
          new PointResult(
              p.id(), p.point(), p.dimension(), p.weight(), covered, ev, List.of(), p.hint()));
      int[] d = dims.computeIfAbsent(p.dimension(), k -> new int[2]);
      d[1] += p.weight();
      possible += p.weight();
      if (covered) {
        d[0] += p.weight();
        earned += p.weight();
      }
    }
    List<DimensionScore> ds = new ArrayList<>();
    dims.forEach((k, v) -> ds.add(new DimensionScore(k, v[0], v[1])));
    int words = answer.isBlank() ? 0 : answer.trim().split("\\s+").length;
    Signals signals = new Signals(words, 1, List.of(), false, List.of(), List.of(), 0.5);
    int score = possible == 0 ? 0 : 100 * earned / possible;
    return new ScoreCard(score, points, ds, signals, List.of(), null);
  }
}
