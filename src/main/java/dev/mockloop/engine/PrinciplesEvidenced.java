package dev.mockloop.engine;

import dev.mockloop.bank.FollowUp;
import dev.mockloop.bank.RubricPoint;
import dev.mockloop.scoring.PointResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The Amazon Leadership Principles a round's answers gave evidence of: every covered rubric
 * point (main answer and follow-ups) counts for the principle its {@code lp:} tag names, and the
 * principles tagged only on missed points are the ones an interviewer would still probe.
 *
 * @param evidenced principle id to the number of covered points, most first
 * @param toProbe principles tagged on missed points and on no covered one
 */
public record PrinciplesEvidenced(Map<String, Integer> evidenced, List<String> toProbe) {
  private static final Set<String> SMALL = Set.of("a", "and", "the", "of", "to", "be", "at", "on", "for", "in", "by");

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
        String lp = rubric.stream().filter(r -> r.id().equals(p.id())).map(RubricPoint::lp)
            .findFirst().orElse("");
        if (lp == null || lp.isBlank()) {
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
    covered.entrySet().stream().sorted((x, y) -> y.getValue() - x.getValue())
        .forEach(e -> sorted.put(e.getKey(), e.getValue()));
    missed.removeIf(covered::containsKey);
    return new PrinciplesEvidenced(sorted, missed);
  }

  /** A principle id as a name: "dive-deep" as "Dive Deep", small words kept lower case. */
  public static String name(String id) {
    StringBuilder out = new StringBuilder();
    for (String w : id.split("-")) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(SMALL.contains(w) && out.length() > 0 ? w
          : w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1));
    }
    return out.toString();
  }

  public boolean isEmpty() {
    return evidenced.isEmpty() && toProbe.isEmpty();
  }
}
