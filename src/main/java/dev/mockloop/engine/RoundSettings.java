package dev.mockloop.engine;

/**
 * How rounds in a loop are run.
 *
 * @param maxFollowUps follow-ups asked after each main answer, 0..10 (default 2)
 * @param minutesOverride minutes for every main answer instead of the scenario's; 0 keeps the
 *     scenario's own
 * @param untimed no deadlines at all (practice without pressure); time used is still recorded
 * @param lp Leadership Principle questions asked with each technical scenario, 0..{@value #MAX_LP},
 *     or {@link #LP_AUTO}: 1 when the planner chooses the scenarios, 0 when they are named (and 0
 *     when the bank has no behavioural question at the level)
 * @param lpOnly behavioural questions alone, no technical scenario
 */
public record RoundSettings(
    int maxFollowUps, int minutesOverride, boolean untimed, int lp, boolean lpOnly) {
  public static final int DEFAULT_FOLLOW_UPS = 2;
  public static final int LP_AUTO = -1;
  public static final int MAX_LP = 2;
  public static final RoundSettings DEFAULT = new RoundSettings(DEFAULT_FOLLOW_UPS, 0, false);

  /** Settings with the principle questions chosen automatically. */
  public RoundSettings(int maxFollowUps, int minutesOverride, boolean untimed) {
    this(maxFollowUps, minutesOverride, untimed, LP_AUTO, false);
  }

  /** These settings with {@code lp} principle questions per technical scenario. */
  public RoundSettings withLp(int newLp, boolean only) {
    return new RoundSettings(maxFollowUps, minutesOverride, untimed, newLp, only);
  }

  public RoundSettings {
    if (maxFollowUps < 0 || maxFollowUps > 10) {
      throw new IllegalArgumentException("follow-ups must be 0..10, was " + maxFollowUps);
    }
    if (minutesOverride < 0 || minutesOverride > 120) {
      throw new IllegalArgumentException("minutes must be 1..120, was " + minutesOverride);
    }
    if (lp < LP_AUTO || lp > MAX_LP) {
      throw new IllegalArgumentException("--lp must be 0.." + MAX_LP + ", was " + lp);
    }
  }
}
