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

  /**
   * Starts decoding, once, on a thread of its own; later calls return the same future. Not {@code
   * supplyAsync}: a round starts this before its first frame, and the common pool's set-up cost the
   * main thread more than the thread does (the pool is made after the frame, when first needed).
   */
  synchronized CompletableFuture<Bank> start() {
    if (bank == null) {
      bank = new CompletableFuture<>();
      Thread t = new Thread(new Decode(load, bank), "mockloop-bank");
      t.setDaemon(true); // as the common pool's: quitting does not wait for the decode
      t.start();
    }
    return bank;
  }

  /** The load, its result or failure handed to the future. */
  private record Decode(Supplier<Bank> load, CompletableFuture<Bank> into) implements Runnable {
    @Override
    public void run() {
      try {
        into.complete(load.get());
      } catch (Throwable e) { // as supplyAsync hands on whatever the load throws
        into.completeExceptionally(e);
      }
    }
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
