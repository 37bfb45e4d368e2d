package dev.mockloop.tui;

/**
 * Keys typed ahead of a screen change: after a submit or a time-out takes the user away from the
 * answer editor, and when the results or the next round replace a screen, the keys still on their
 * way were meant for the old screen (a user keeps typing "dunno", Ctrl-D after the last submit).
 * They must not rate the round, skip its results or start the next answer. So once {@link #hold} is
 * called, every key is dropped until the new screen is drawn and then until no key has come for
 * {@link #SETTLE_NANOS} (a user still typing for the old screen keeps the hold; one who stops,
 * reads and presses a key is heard). Times are the keys' arrival times on one monotonic clock
 * ({@code System.nanoTime} in the real TUI), so a key that waited in the queue is judged by when it
 * was typed, not when it was handled.
 */
final class TypeAhead {
  /** How long the new screen must be shown with no key before keys count again. */
  static final long SETTLE_NANOS = 400_000_000L;

  private boolean undrawn;
  private boolean held;
  private long until;

  /** The screen is changing under keys meant for the old one: drop them from now. */
  void hold() {
    undrawn = true;
    held = true;
  }

  /** The new screen is on the terminal at {@code now}; the settle time starts. */
  void drawn(long now) {
    if (undrawn) {
      undrawn = false;
      until = now + SETTLE_NANOS;
    }
  }

  /** True when a key that arrived at {@code at} was typed ahead and must be dropped. */
  boolean drops(long at) {
    if (!held) {
      return false;
    }
    if (undrawn) {
      return true;
    }
    if (at - until < 0) {
      until = Math.max(until, at + SETTLE_NANOS);
      return true;
    }
    held = false;
    return false;
  }
}
