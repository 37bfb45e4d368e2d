package dev.mockloop.engine;

import dev.mockloop.bank.Scenario;
import java.util.Objects;

/**
 * A scenario chosen for a drill, and why.
 *
 * @param scenario the scenario
 * @param kind why it was chosen
 * @param reason one line for the user
 */
public record DrillPick(Scenario scenario, Kind kind, String reason) {
  /** Why a scenario is drilled. */
  public enum Kind {
    /** Practised before and due again by its spaced-repetition interval. */
    DUE,
    /** Never practised at this level. */
    NEW,
    /** Its rubric asks the points the user misses most. */
    WEAK,
    /** Not due yet; the soonest due fills a drill with nothing else left. */
    AHEAD
  }

  public DrillPick {
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(reason, "reason");
  }
}
