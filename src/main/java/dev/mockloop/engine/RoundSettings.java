package dev.mockloop.engine;

/**
 * How rounds in a loop are run.
 *
 * @param maxFollowUps follow-ups asked after each main answer, 0..10 (default 2)
 * @param minutesOverride minutes for every main answer instead of the scenario's; 0 keeps the
 *     scenario's own
 * @param untimed no deadlines at all (practice without pressure); time used is still recorded
 */
public record RoundSettings(int maxFollowUps, int minutesOverride, boolean untimed) {
  public static final int DEFAULT_FOLLOW_UPS = 2;
  public static final RoundSettings DEFAULT = new RoundSettings(DEFAULT_FOLLOW_UPS, 0, false);

  public RoundSettings {
    if (maxFollowUps < 0 || maxFollowUps > 10) {
      throw new IllegalArgumentException("follow-ups must be 0..10, was " + maxFollowUps);
    }
    if (minutesOverride < 0 || minutesOverride > 120) {
      throw new IllegalArgumentException("minutes must be 1..120, was " + minutesOverride);
    }
  }
}
