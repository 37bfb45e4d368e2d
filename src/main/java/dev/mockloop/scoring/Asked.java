package dev.mockloop.scoring;

/**
 * What an answer answers: the main question, or a follow-up (one that asks what happened or not).
 */
enum Asked {
  MAIN,
  /** A follow-up that may invite a hypothetical ("What would you do differently?"). */
  FOLLOW_UP,
  /**
   * A follow-up that asks what happened ("How did they react?"): its ask has no "would", "if" or
   * "differently", so an answer that says what one would do is a hypothetical.
   */
  WHAT_HAPPENED
}
