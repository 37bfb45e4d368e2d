package dev.mockloop.tui;

import dev.mockloop.bank.Level;
import dev.mockloop.engine.RoundSettings;
import dev.mockloop.session.UserState;

/**
 * The home screen's settings: the level (remembered when a loop starts), timed or untimed, the
 * self-rating before the score (remembered when switched), how many Leadership Principle questions
 * go before each technical one, and the mode; and the lines that say them. One instance lives as
 * long as the app ({@link App#home}), so a round and back leaves them as the user set them.
 */
final class HomeSettings {
  private final TuiContext ctx;
  Level level;
  private boolean untimed;
  private boolean selfRate;

  /** Principle questions before each technical scenario, 0..2. */
  private int lp;

  /** Whether the user set {@link #lp} here; if not, the planner's default applies. */
  private boolean lpChosen;

  /** The mode last chosen (single round, loop, pick, topic, drill). */
  int mode;

  HomeSettings(TuiContext ctx) {
    this.ctx = ctx;
    RoundSettings d = ctx.defaults();
    this.untimed = d.untimed();
    this.lp = Math.max(d.lp(), d.lp() == RoundSettings.LP_AUTO ? 1 : 0);
    UserState state = new UserState(ctx.store().dir());
    this.level = state.lastLevel().orElse(Level.L6);
    this.selfRate = state.selfRate();
  }

  void toggleTiming() {
    untimed = !untimed;
  }

  void toggleSelfRate() {
    selfRate = !selfRate;
    new UserState(ctx.store().dir()).rememberSelfRate(selfRate);
  }

  void nextPrinciples() {
    lp = (lp + 1) % (RoundSettings.MAX_LP + 1);
    lpChosen = true;
  }

  /** The settings of a loop started now; {@code principles} is false when the level has none. */
  RoundSettings round(boolean principles) {
    RoundSettings d = ctx.defaults();
    int asked = !principles ? 0 : lpChosen ? lp : d.lp();
    return new RoundSettings(d.maxFollowUps(), d.minutesOverride(), untimed, asked, d.lpOnly());
  }

  /** Remembers the level of the loop being started for the next time. */
  void rememberLevel() {
    new UserState(ctx.store().dir()).rememberLevel(level);
  }

  /**
   * "Timing timed, like the interview (t) Rate yourself on (a)", or with the timing in one word
   * ("timed") where that does not fit in {@code width}; cut with "…" where neither does.
   */
  String timingLine(int width) {
    String rate = "   Rate yourself  " + (selfRate ? "on" : "off") + " (a)";
    return HomeLayout.firstFit(
        width,
        "Timing  " + (untimed ? "untimed practice" : "timed, like the interview") + " (t)" + rate,
        "Timing  " + (untimed ? "untimed" : "timed") + " (t)" + rate);
  }

  /** Principle questions per technical one as the home screen shows it (its own setting). */
  int principles() {
    return lp;
  }
}
