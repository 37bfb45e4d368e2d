package dev.mockloop.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import dev.mockloop.bank.Bank;
import dev.mockloop.bank.Listing;
import dev.mockloop.bank.LoadResult;
import dev.mockloop.engine.FakeScorer;
import dev.mockloop.engine.MutableClock;
import dev.mockloop.engine.RoundSettings;
import dev.mockloop.engine.TestBank;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The home screen draws from the bank's listing alone (the whole bank may still be decoding), shows
 * exactly what it showed from the bank, and a round started from it gets the whole bank.
 */
class HomeFromListingTest {
  private static final String START = "2026-11-29T08:00:00Z";

  @TempDir Path dir;

  @Test
  void theHomeScreenNeedsOnlyTheListingAndShowsWhatTheBankShowed() throws IOException {
    Bank bank = TestBank.bank();
    Listing listing = Listing.of(new LoadResult(bank, List.of()));
    AtomicInteger asked = new AtomicInteger();
    try (VirtualTui fromListing =
            new VirtualTui(
                dir.resolve("a"),
                80,
                24,
                Optional.empty(),
                MutableClock.at(START),
                (store, clock) ->
                    new TuiContext(
                        listing,
                        () -> {
                          asked.incrementAndGet();
                          return bank;
                        },
                        new FakeScorer(),
                        store,
                        clock,
                        false,
                        RoundSettings.DEFAULT));
        VirtualTui fromBank =
            new VirtualTui(dir.resolve("b"), 80, 24, false, Optional.empty(), bank, START)) {
      assertThat(fromListing.text()).contains("Mode ").isEqualTo(fromBank.text());
      for (String keys : List.of("3", "4", "7", "3", "6")) {
        fromListing.type(keys);
        fromBank.type(keys);
        assertThat(fromListing.text()).as("after %s", keys).isEqualTo(fromBank.text());
      }
      fromListing.key(KeyType.Tab);
      fromListing.key(KeyType.ArrowDown);
      assertThat(asked).as("the whole bank, before a round starts").hasValue(0);

      fromListing.key(KeyType.Enter);
      assertThat(asked.get()).as("the round gets the whole bank").isPositive();
      assertThat(fromListing.app.view()).isInstanceOf(RoundView.class);
    }
  }
}
