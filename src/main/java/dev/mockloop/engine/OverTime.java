package dev.mockloop.engine;

import dev.mockloop.scoring.Flag;
import dev.mockloop.scoring.ScoreCard;

/**
 * The "over time" flag of a behavioural main answer: the story ran to the deadline (submitted by
 * the time-out) or, untimed, past the question's minutes. A bar raiser cuts a story that runs long;
 * the scorer cannot see time, so the round adds this flag.
 */
final class OverTime {
  static final String CODE = "over-time";

  private OverTime() {}

  static ScoreCard flag(
      ScoreCard card, RoundPlan plan, boolean main, boolean timedOut, long seconds) {
    int minutes = plan.mainMinutes();
    boolean over = timedOut || seconds > minutes * 60L;
    if (!plan.scenario().behavioral() || !main || !over) {
      return card;
    }
    return card.withFlag(
        new Flag(
            CODE,
            "Over time: the story ran past its "
                + minutes
                + " minutes; tell the situation in two sentences and spend the time on what you did and"
                + " the result."));
  }
}
