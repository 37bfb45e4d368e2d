package dev.mockloop.cli;

import dev.mockloop.bank.Level;
import dev.mockloop.bank.Listing;

/**
 * The bank's listing with its tags ({@link Banks#listing}), read on another thread while {@code
 * review stats} reads its sessions, for the principles its technical rounds gave evidence of: the
 * bundled bank's snapshot head is read from the jar and its tags decoded, about as long as the rest
 * of the report takes to make. Whatever it throws is thrown by {@link #get}, as the read would
 * have.
 */
final class ListingAhead extends Thread {
  private final RootCommand root;
  private Listing listing;
  private Throwable failed;

  private ListingAhead(RootCommand root) {
    super("mockloop-listing");
    setDaemon(true);
    this.root = root;
  }

  /** Starts reading the listing of {@code root}'s bank. */
  static ListingAhead start(RootCommand root) {
    ListingAhead ahead = new ListingAhead(root);
    ahead.start();
    return ahead;
  }

  @Override
  public void run() {
    try {
      Listing l = Banks.listing(root);
      if (!l.entries().isEmpty()) {
        l.entries().get(0).tags().get(Level.L6); // decodes every entry's tags, in one block
      }
      listing = l;
    } catch (Throwable e) { // handed to the caller, as if it had read the listing itself
      failed = e;
    }
  }

  /** The listing, once read; what reading it threw, thrown again. */
  Listing get() {
    await();
    if (failed instanceof RuntimeException e) {
      throw e;
    }
    if (failed instanceof Error e) {
      throw e;
    }
    return listing;
  }

  /**
   * Waits until the reading is over, whether or not the listing is used: a user bank's cache may be
   * written meanwhile, which the program's exit must not cut short.
   */
  void await() {
    boolean interrupted = false;
    while (isAlive()) {
      try {
        join();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
