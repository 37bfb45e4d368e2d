package dev.mockloop.session;

import dev.mockloop.bank.Bank;
import dev.mockloop.bank.FollowUp;
import dev.mockloop.bank.LevelSpec;
import dev.mockloop.bank.RubricPoint;
import dev.mockloop.bank.Scenario;
import dev.mockloop.engine.PrinciplesEvidenced;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Leadership Principles the technical rounds of a history gave evidence of: every rubric
 * point with an {@code lp:} tag that a round asked counts for its principle, covered (by the
 * user's verdict) or not. Points of scenarios no longer in the bank are skipped.
 *
 * @param principle the principle's id
 * @param covered tagged points covered
 * @param asked tagged points asked
 */
public record PrincipleEvidence(String principle, int covered, int asked) {
  /** The share of asked points covered, 0-100. */
  public int percent() {
    return asked == 0 ? 0 : (int) Math.round(100.0 * covered / asked);
  }

  /** Per principle, lowest share first. */
  public static List<PrincipleEvidence> of(History history, Bank bank) {
    Map<String, Scenario> byId = new HashMap<>();
    bank.scenarios().forEach(s -> byId.putIfAbsent(s.id(), s));
    // point key -> tag per scenario and level, built once: a history asks the same ones often
    Map<String, Map<String, String>> tags = new HashMap<>();
    Map<String, int[]> counts = new TreeMap<>();
    for (SessionSummary s : history.sessions()) {
      for (RoundSummary r : s.rounds()) {
        Scenario scenario = byId.get(r.scenario());
        LevelSpec spec = scenario == null ? null : scenario.level(s.level());
        if (spec == null || scenario.behavioral() || !r.principle().isBlank()) {
          continue;
        }
        Map<String, String> tagOf = tags.computeIfAbsent(r.scenario() + "\t" + s.level(),
            k -> new HashMap<>());
        for (PointMark m : r.points()) {
          String lp = tagOf.computeIfAbsent(m.key(), key -> lp(spec, key));
          if (!lp.isBlank()) {
            int[] c = counts.computeIfAbsent(lp, k -> new int[2]);
            c[0] += m.covered() ? 1 : 0;
            c[1]++;
          }
        }
      }
    }
    List<PrincipleEvidence> out = new ArrayList<>();
    counts.forEach((lp, c) -> out.add(new PrincipleEvidence(lp, c[0], c[1])));
    out.sort(Comparator.comparingInt(PrincipleEvidence::percent));
    return out;
  }

  /** The tag of a point key: "id" on the main rubric, "follow-up/id" on a follow-up's. */
  private static String lp(LevelSpec spec, String key) {
    int slash = key.indexOf('/');
    List<RubricPoint> rubric = spec.rubric();
    String id = key;
    if (slash > 0) {
      String fid = key.substring(0, slash);
      id = key.substring(slash + 1);
      rubric = spec.followUps().stream().filter(f -> f.id().equals(fid)).findFirst()
          .map(FollowUp::rubric).orElse(List.of());
    }
    return PrinciplesEvidenced.tag(rubric, id);
  }
}
