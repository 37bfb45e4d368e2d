package dev.mockloop.tui;

import dev.mockloop.bank.Bank;
import dev.mockloop.engine.RoundSettings;
import dev.mockloop.scoring.AnswerScorer;
import dev.mockloop.session.SessionStore;
import java.time.Clock;
import java.util.Objects;

/**
 * What the TUI needs from the outside world.
 *
 * @param bank the question bank
 * @param scorer scores answers
 * @param store where transcripts go
 * @param clock time for rounds and autosave
 * @param noColor plain output without colour
 * @param defaults settings for loops started from the home screen
 */
public record TuiContext(
    Bank bank,
    AnswerScorer scorer,
    SessionStore store,
    Clock clock,
    boolean noColor,
    RoundSettings defaults) {
  public TuiContext {
    Objects.requireNonNull(bank, "bank");
    Objects.requireNonNull(scorer, "scorer");
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(clock, "clock");
    defaults = defaults == null ? RoundSettings.DEFAULT : defaults;
  }

  Theme theme() {
    return Theme.of(noColor);
  }
}
