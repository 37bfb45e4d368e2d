package dev.mockloop.line;

import dev.mockloop.io.SafeText;
import dev.mockloop.report.Format;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jline.reader.LineReader;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.jline.utils.InfoCmp.Capability;
import org.jline.utils.Status;

/**
 * Shows the time left for the answer being typed: in a status line at the bottom of the terminal
 * where it supports one (scroll regions), else as text at each new line of the answer and once at 2
 * minutes and at 30 seconds left. Piped input gets no time notices.
 */
final class TimeDisplay {
  static final Duration TWO_MINUTES = Duration.ofMinutes(2);
  static final Duration THIRTY_SECONDS = Duration.ofSeconds(30);

  private final Terminal terminal;
  private final AnswerReader reader;
  private final boolean interactive;
  private final Status status;
  private final boolean dumb;
  private volatile String label = "";
  private volatile Instant deadline;
  private volatile Duration lastLeft;

  TimeDisplay(Terminal terminal, AnswerReader reader, boolean interactive) {
    this.terminal = terminal;
    this.reader = reader;
    this.interactive = interactive;
    this.dumb = terminal.getType().startsWith(Terminal.TYPE_DUMB);
    boolean supported =
        interactive
            && !dumb
            && terminal.getStringCapability(Capability.change_scroll_region) != null
            && terminal.getStringCapability(Capability.save_cursor) != null
            && terminal.getStringCapability(Capability.restore_cursor) != null
            && terminal.getStringCapability(Capability.cursor_address) != null;
    this.status = supported ? Status.getStatus(terminal) : null;
  }

  private volatile boolean stopped;

  /** Redraws in progress: {@link #stop} waits for them so none lands after its clear. */
  private final java.util.concurrent.atomic.AtomicInteger drawing =
      new java.util.concurrent.atomic.AtomicInteger();

  boolean statusLine() {
    return status != null;
  }

  /** An answer starts: its label (level, round, question) and deadline (null: untimed). */
  void begin(String label, Instant deadline, Instant now) {
    this.label = SafeText.line(label); // a bank's title: no escape reaches the status line
    this.deadline = deadline;
    this.lastLeft = deadline == null ? null : Duration.between(now, deadline);
    if (!dumb) {
      reader.lineReader().setVariable(LineReader.SECONDARY_PROMPT_PATTERN, "  ");
    }
  }

  /**
   * The process is going away (SIGTERM, SIGHUP): the status line is cleared and the countdown's
   * later ticks no longer redraw it, so the shell does not inherit it.
   */
  void stop() {
    stopped = true;
    long until = System.nanoTime() + 500_000_000L;
    while (drawing.get() > 0 && System.nanoTime() < until) {
      Thread.onSpinWait();
    }
    end();
  }

  /** The answer ended: the status line is cleared. Call when no read is in progress. */
  void end() {
    deadline = null;
    if (status != null) {
      status.update(List.of());
    }
  }

  /** Redraws the status line; runs under JLine's lock (from a snapshot). */
  void refresh(Instant now) {
    drawing.incrementAndGet();
    try {
      draw(now);
    } finally {
      drawing.decrementAndGet();
    }
  }

  private void draw(Instant now) {
    if (status == null || stopped) {
      return;
    }
    String time = deadline == null ? "untimed" : Format.mmss(left(now)) + " left";
    String text = " " + label + " | " + time + " | '.' line or Ctrl-D submits, Ctrl-C quits ";
    int w = Math.max(10, terminal.getWidth());
    if (text.length() > w) {
      text = text.substring(0, w);
    }
    status.update(List.of(new AttributedString(text, AttributedStyle.INVERSE)));
  }

  /** Enter started a new answer line: without a status line, the time left is shown there. */
  void newLine(Instant now) {
    if (status != null || !interactive || deadline == null) {
      return;
    }
    String prefix = "[" + Format.mmss(left(now)) + " left] ";
    if (dumb) {
      terminal.writer().print(prefix);
      terminal.flush();
    } else {
      reader.lineReader().setVariable(LineReader.SECONDARY_PROMPT_PATTERN, prefix);
    }
  }

  /** Prints "2 minutes left" and "30 seconds left" once each, without a status line. */
  void notices(Instant now) {
    Instant d = deadline;
    Duration before = lastLeft;
    if (status != null || !interactive || d == null || before == null) {
      return;
    }
    Duration left = left(now);
    lastLeft = left;
    for (Duration mark : List.of(TWO_MINUTES, THIRTY_SECONDS)) {
      if (before.compareTo(mark) > 0 && left.compareTo(mark) <= 0 && !left.isZero()) {
        reader.printAbove(
            "["
                + (mark.equals(TWO_MINUTES) ? "2 minutes" : "30 seconds")
                + " left: finish with a line holding only '.']");
      }
    }
  }

  private Duration left(Instant now) {
    Instant d = deadline;
    if (d == null || !now.isBefore(d)) {
      return Duration.ZERO;
    }
    return Duration.between(now, d);
  }
}
