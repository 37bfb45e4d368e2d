package dev.mockloop.session;

import dev.mockloop.engine.RoundSettings;

/**
 * How a session was run, kept so that a resumed session runs the same way.
 *
 * @param followUps follow-ups asked per round
 * @param minutes main-answer minutes override; 0 used each scenario's own
 * @param untimed no deadlines
 * @param seed the planning seed
 * @param lp principle questions asked per technical scenario ({@code -1}: chosen automatically);
 *     absent in transcripts written before principle questions existed
 * @param lpOnly principle questions alone; absent in older transcripts
 */
public record TranscriptSettings(
    int followUps,
    int minutes,
    boolean untimed,
    long seed,
    @com.fasterxml.jackson.annotation.JsonInclude(
            com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
        Integer lp,
    @com.fasterxml.jackson.annotation.JsonInclude(
            com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
        Boolean lpOnly) {
  public static final TranscriptSettings DEFAULT =
      new TranscriptSettings(RoundSettings.DEFAULT_FOLLOW_UPS, 0, false, 0);

  public TranscriptSettings(int followUps, int minutes, boolean untimed, long seed) {
    this(followUps, minutes, untimed, seed, null, null);
  }

  public static TranscriptSettings of(RoundSettings s, long seed) {
    return new TranscriptSettings(
        s.maxFollowUps(), s.minutesOverride(), s.untimed(), seed, s.lp(), s.lpOnly());
  }

  public RoundSettings roundSettings() {
    int l =
        lp == null || lp < RoundSettings.LP_AUTO || lp > RoundSettings.MAX_LP
            ? RoundSettings.LP_AUTO
            : lp;
    return new RoundSettings(followUps, minutes, untimed, l, Boolean.TRUE.equals(lpOnly));
  }
}
