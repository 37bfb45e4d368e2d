package dev.mockloop.line;

import java.util.Objects;

/** How reading an answer ended, with the text typed so far (never lost, whatever the ending). */
sealed interface ReadOutcome {
  String text();

  /** A line holding only {@code .}, or Ctrl-D: the answer is done. */
  record Submitted(String text) implements ReadOutcome {
    public Submitted {
      Objects.requireNonNull(text, "text");
    }
  }

  /** Ctrl-C: the user wants out (asked before quitting). */
  record Interrupted(String text) implements ReadOutcome {
    public Interrupted {
      Objects.requireNonNull(text, "text");
    }
  }

  /** The countdown reached 0:00 while typing. */
  record TimedOut(String text) implements ReadOutcome {
    public TimedOut {
      Objects.requireNonNull(text, "text");
    }
  }

  /** The input ended (piped stdin ran out). */
  record Ended(String text) implements ReadOutcome {
    public Ended {
      Objects.requireNonNull(text, "text");
    }
  }
}
