package dev.mockloop.bank;

import java.util.Locale;
import java.util.Optional;

/** The interview level a scenario, rubric or loop is written for. */
public enum Level {
  /** Senior: implementation depth, concrete metrics, trade-offs. */
  L6("Senior: implementation depth, concrete metrics and trade-offs"),
  /** Principal: strategy, organization, multi-year cost and risk. */
  L7("Principal: strategy, organization, multi-year cost and risk");

  private final String rewards;

  Level(String rewards) {
    this.rewards = rewards;
  }

  /** One line on what answers at this level are rewarded for. */
  public String rewards() {
    return rewards;
  }

  /** The other level (L6 for L7 and the reverse). */
  public Level other() {
    return this == L6 ? L7 : L6;
  }

  /** Parses "L6", "l7", "6" or "7"; empty when the text names no level. */
  public static Optional<Level> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = text.trim().toUpperCase(Locale.ROOT);
    if (t.equals("6")) {
      t = "L6";
    } else if (t.equals("7")) {
      t = "L7";
    }
    for (Level level : values()) {
      if (level.name().equals(t)) {
        return Optional.of(level);
      }
    }
    return Optional.empty();
  }
}
