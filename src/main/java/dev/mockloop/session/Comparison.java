package dev.mockloop.session;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A round against the previous attempt at the same scenario and level: the points covered now but
 * missed then, those covered then but missed now, and the score change. Only points asked in both
 * attempts count (follow-ups may differ between attempts).
 *
 * @param previousId the earlier session's id
 * @param previousAt when the earlier session started
 * @param previousScore the earlier round's score
 * @param score this round's score; null when it is not scored
 * @param newlyCovered keys of points covered now and missed then
 * @param dropped keys of points covered then and missed now
 * @param stillMissed keys of points missed both times
 */
public record Comparison(
    String previousId,
    Instant previousAt,
    int previousScore,
    Integer score,
    List<String> newlyCovered,
    List<String> dropped,
    List<String> stillMissed) {
  public Comparison {
    Objects.requireNonNull(previousId, "previousId");
    Objects.requireNonNull(previousAt, "previousAt");
    newlyCovered = List.copyOf(newlyCovered);
    dropped = List.copyOf(dropped);
    stillMissed = List.copyOf(stillMissed);
  }

  /** Compares {@code now} with {@code before}, an earlier scored attempt. */
  public static Comparison of(RoundSummary now, History.PastRound before) {
    Map<String, Boolean> then = new HashMap<>();
    for (PointMark p : before.round().points()) {
      then.put(p.key(), p.covered());
    }
    List<PointMark> common = now.points().stream().filter(p -> then.containsKey(p.key())).toList();
    return new Comparison(
        before.session().id(),
        before.session().startedAt(),
        before.round().score(),
        now.score(),
        common.stream().filter(p -> p.covered() && !then.get(p.key())).map(PointMark::key).toList(),
        common.stream().filter(p -> !p.covered() && then.get(p.key())).map(PointMark::key).toList(),
        common.stream()
            .filter(p -> !p.covered() && !then.get(p.key()))
            .map(PointMark::key)
            .toList());
  }

  /** The score change, or empty text when this round is not scored: "+12", "-5", "±0". */
  public String change() {
    if (score == null) {
      return "";
    }
    int d = score - previousScore;
    return d > 0 ? "+" + d : d < 0 ? String.valueOf(d) : "±0";
  }
}
