package dev.mockloop.engine;

import dev.mockloop.bank.FollowUp;
import dev.mockloop.scoring.PointResult;
import dev.mockloop.scoring.ScoreCard;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Chooses the follow-ups to ask after a main answer, the way an interviewer probes the gaps:
 * first those whose {@code when_missing} names a point the answer missed, then the rest, each
 * group in file order, at most {@code max} in all.
 */
public final class FollowUpChooser {
  private FollowUpChooser() {}

  public static List<FollowUp> choose(List<FollowUp> available, ScoreCard mainCard, int max) {
    Set<String> missed =
        mainCard.points().stream()
            .filter(p -> !p.covered())
            .map(PointResult::id)
            .collect(Collectors.toSet());
    List<FollowUp> probing = new ArrayList<>();
    List<FollowUp> rest = new ArrayList<>();
    for (FollowUp f : available) {
      if (f.whenMissing().stream().anyMatch(missed::contains)) {
        probing.add(f);
      } else {
        rest.add(f);
      }
    }
    probing.addAll(rest);
    return List.copyOf(probing.subList(0, Math.min(max, probing.size())));
  }
}
