package dev.mockloop.engine;

import dev.mockloop.bank.Level;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A past scored round, as drill selection sees it.
 *
 * @param scenario the scenario id
 * @param level the level it was asked at
 * @param at when it was practised
 * @param score its round score, 0..100
 * @param missedPoints keys of the rubric points it missed: the point's id for the main answer,
 *     {@code <follow-up id>/<point id>} for a follow-up's point (ids are unique only within a
 *     scenario's rubric at a level, so a key means something only with its scenario)
 */
public record Attempt(
    String scenario, Level level, Instant at, int score, List<String> missedPoints) {
  public Attempt {
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(at, "at");
    if (score < 0 || score > 100) {
      throw new IllegalArgumentException("score must be 0..100, was " + score);
    }
    missedPoints = List.copyOf(missedPoints);
  }
}
