package dev.mockloop.cli;

import dev.mockloop.bank.Bank;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * The whole question bank, decoded on another thread once {@link #start()} is called, which the
 * home screen does after its first frame (it draws from the bank's listing). Whoever needs the bank
 * sooner, a round started by a quick Enter, starts the decoding itself and waits for it; a load
 * error reaches the caller as the {@link UserException} it is. A start-up trick of {@link
 * PracticeLauncher}, kept in {@code cli} with the others ({@link DeferredScorer}, {@link
 * FastPath}).
 */
final class BankInBackground implements Supplier<Bank> {
  private final Supplier<Bank> load;
  private CompletableFuture<Bank> bank;

  BankInBackground(Supplier<Bank> load) {
    this.load = load;
  }

  /** The bank {@code root}'s options choose ({@link Banks#load}), not started yet. */
  static BankInBackground of(RootCommand root) {
    return new BankInBackground(new Load(root));
  }

  private record Load(RootCommand root) implements Supplier<Bank> {
    @Override
    public Bank get() {
      return Banks.load(root);
    }
  }

  /** Starts decoding, once; later calls return the same future. */
  synchronized CompletableFuture<Bank> start() {
    if (bank == null) {
      bank = CompletableFuture.supplyAsync(load);
    }
    return bank;
  }

  @Override
  public Bank get() {
    try {
      return start().join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
  }
}
