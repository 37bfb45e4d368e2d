package dev.mockloop.line;

import dev.mockloop.bank.Bank;
import dev.mockloop.engine.RoundSettings;
import dev.mockloop.scoring.AnswerScorer;
import dev.mockloop.session.SessionStore;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * What line mode needs from the outside world.
 *
 * @param bank the question bank
 * @param scorer scores answers (the same scorer as the TUI's)
 * @param store where transcripts go (the same store and autosave as the TUI's)
 * @param clock time for rounds and autosave
 * @param noColor plain output (colour is also off on a dumb terminal and for piped input)
 * @param interactive whether a person types at a terminal (false for piped stdin: then nothing is
 *     asked that the answers file would have to answer, and end of input ends the session)
 * @param defaults settings for a round started without {@code practice} options
 * @param tick how often the timer checks the deadline, autosaves and refreshes the status line
 */
public record LineContext(
    Bank bank,
    AnswerScorer scorer,
    SessionStore store,
    Clock clock,
    boolean noColor,
    boolean interactive,
    RoundSettings defaults,
    Duration tick) {
  public static final Duration DEFAULT_TICK = Duration.ofMillis(250);

  public LineContext {
    Objects.requireNonNull(bank, "bank");
    Objects.requireNonNull(scorer, "scorer");
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(clock, "clock");
    defaults = defaults == null ? RoundSettings.DEFAULT : defaults;
    tick = tick == null ? DEFAULT_TICK : tick;
    if (tick.isNegative() || tick.isZero()) {
      throw new IllegalArgumentException("tick must be positive, was " + tick);
    }
  }
}
