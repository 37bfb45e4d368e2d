package dev.mockloop.engine;

import dev.mockloop.bank.FollowUp;
import dev.mockloop.bank.RubricPoint;
import dev.mockloop.scoring.PointResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Amazon Leadership Principles a round's answers gave evidence of: every covered rubric point
 * (main answer and follow-ups) counts for the principle its {@code lp:} tag names, and the
 * principles tagged only on missed points are the ones an interviewer would still probe.
 *
 * @param evidenced principle id to the number of covered points, most first
 * @param toProbe principles tagged on missed points and on no covered one
 */
public record PrinciplesEvidenced(Map<String, Integer> evidenced, List<String> toProbe) {
  /** The principles of a scored round. */
  public static PrinciplesEvidenced of(RoundState s) {
    Map<String, Integer> covered = new LinkedHashMap<>();
    List<String> missed = new ArrayList<>();
    for (int i = 0; i < s.answers().size(); i++) {
      Answer a = s.answers().get(i);
      if (a.card() == null) {
        continue;
      }
      FollowUp f = i == 0 ? null : s.followUps().get(i - 1);
      List<RubricPoint> rubric = f == null ? s.scenario().level(s.level()).rubric() : f.rubric();
      for (PointResult p : a.card().points()) {
        String lp = tag(rubric, p.id());
        if (lp.isBlank()) {
          continue;
        }
        if (p.credit() > 0) {
          covered.merge(lp, 1, Integer::sum);
        } else if (!missed.contains(lp)) {
          missed.add(lp);
        }
      }
    }
    Map<String, Integer> sorted = new LinkedHashMap<>();
    covered.entrySet().stream()
        .sorted((x, y) -> y.getValue() - x.getValue())
        .forEach(e -> sorted.put(e.getKey(), e.getValue()));
    missed.removeIf(covered::containsKey);
    return new PrinciplesEvidenced(sorted, missed);
  }

  /** The {@code lp:} tag of a rubric's point, or "" when it has none or is not there. */
  public static String tag(List<RubricPoint> rubric, String pointId) {
    return rubric.stream()
        .filter(r -> r.id().equals(pointId))
        .map(RubricPoint::lp)
        .filter(lp -> lp != null)
        .findFirst()
        .orElse("");
  }

  public boolean isEmpty() {
    return evidenced.isEmpty() && toProbe.isEmpty();
  }
}
