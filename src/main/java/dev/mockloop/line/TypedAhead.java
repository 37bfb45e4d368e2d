package dev.mockloop.line;

import java.io.IOException;
import org.jline.terminal.Terminal;

/**
 * Keys typed on after an answer went in (a user who keeps typing "dunno", Enter after the submit)
 * were meant for the answer, not for what is asked next: the self-rating ("n" would stop it for
 * good), the model answer, the next round, or the next follow-up. At a terminal they are read and
 * dropped until none has come for {@link #QUIET_MS} (at most {@link #MAX_MS} in all); piped input
 * is a script and is kept.
 */
final class TypedAhead {
  static final int QUIET_MS = 400;
  static final long MAX_MS = 3_000;

  private TypedAhead() {}

  static void discard(Terminal terminal, boolean interactive) {
    if (!interactive) {
      return;
    }
    long end = System.nanoTime() + MAX_MS * 1_000_000L;
    try {
      while (System.nanoTime() < end && terminal.reader().read(QUIET_MS) >= 0) {
        Thread.onSpinWait(); // the character read is dropped
      }
    } catch (IOException e) {
      // the next read reports the terminal's failure
    }
  }
}
