package dev.mockloop.session;

import dev.mockloop.engine.RoundSettings;

/**
 * How a session was run, kept so that a resumed session runs the same way.
 *
 * @param followUps follow-ups asked per round
 * @param minutes main-answer minutes override; 0 used each scenario's own
 * @param untimed no deadlines
 * @param seed the planning seed
 */
public record TranscriptSettings(int followUps, int minutes, boolean untimed, long seed) {
  public static final TranscriptSettings DEFAULT =
      new TranscriptSettings(RoundSettings.DEFAULT_FOLLOW_UPS, 0, false, 0);

  public static TranscriptSettings of(RoundSettings s, long seed) {
    return new TranscriptSettings(s.maxFollowUps(), s.minutesOverride(), s.untimed(), seed);
  }

  public RoundSettings roundSettings() {
    return new RoundSettings(followUps, minutes, untimed);
  }
}
