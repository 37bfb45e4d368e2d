package dev.mockloop.tui;

import dev.mockloop.bank.Bank;
import dev.mockloop.bank.Listing;
import dev.mockloop.bank.LoadResult;
import dev.mockloop.engine.RoundSettings;
import dev.mockloop.scoring.AnswerScorer;
import dev.mockloop.session.SessionStore;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What the TUI needs from the outside world.
 *
 * @param listing what the home screen shows of the bank (titles, topics, levels, minutes)
 * @param banks the whole question bank, which a round needs; it may still be decoding when the home
 *     screen is up, and {@link #bank()} waits for it
 * @param scorer scores answers
 * @param store where transcripts go
 * @param clock time for rounds and autosave
 * @param noColor plain output without colour
 * @param defaults settings for loops started from the home screen
 */
public record TuiContext(
    Listing listing,
    Supplier<Bank> banks,
    AnswerScorer scorer,
    SessionStore store,
    Clock clock,
    boolean noColor,
    RoundSettings defaults) {
  public TuiContext {
    Objects.requireNonNull(listing, "listing");
    Objects.requireNonNull(banks, "banks");
    Objects.requireNonNull(scorer, "scorer");
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(clock, "clock");
    defaults = defaults == null ? RoundSettings.DEFAULT : defaults;
  }

  /** A context over a bank already loaded; the listing is made from it. */
  public TuiContext(
      Bank bank,
      AnswerScorer scorer,
      SessionStore store,
      Clock clock,
      boolean noColor,
      RoundSettings defaults) {
    this(
        Listing.of(new LoadResult(Objects.requireNonNull(bank, "bank"), List.of())),
        () -> bank,
        scorer,
        store,
        clock,
        noColor,
        defaults);
  }

  /** The whole bank, waiting for it if it is still being decoded. */
  public Bank bank() {
    return banks.get();
  }

  Theme theme() {
    return Theme.of(noColor);
  }
}
