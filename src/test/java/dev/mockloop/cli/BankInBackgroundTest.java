package dev.mockloop.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mockloop.bank.Bank;
import dev.mockloop.bank.BankLoader;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * {@link BankInBackground}: loads once on a thread of its own, and hands on what the load threw.
 */
class BankInBackgroundTest {
  @Test
  void loadsOnceAndEveryCallerGetsTheSameBank() {
    Bank bundled = BankLoader.loadBundled().bank();
    AtomicInteger loads = new AtomicInteger();
    BankInBackground bank =
        new BankInBackground(
            () -> {
              loads.incrementAndGet();
              return bundled;
            });
    assertThat(bank.start()).isSameAs(bank.start());
    assertThat(bank.get()).isSameAs(bundled);
    assertThat(bank.get()).isSameAs(bundled);
    assertThat(loads.get()).isEqualTo(1);
  }

  @Test
  void aLoadErrorReachesTheCallerAsItself() {
    UserException bad = new UserException(2, "the question bank has 1 error");
    BankInBackground bank =
        new BankInBackground(
            () -> {
              throw bad;
            });
    assertThatThrownBy(bank::get).isSameAs(bad);
    BankInBackground broken =
        new BankInBackground(
            () -> {
              throw new AssertionError("boom");
            });
    assertThatThrownBy(broken::get).hasRootCauseInstanceOf(AssertionError.class);
  }
}
