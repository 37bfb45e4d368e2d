package dev.mockloop.line;

import java.io.IOError;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.function.Supplier;
import org.jline.reader.EndOfFileException;
import org.jline.reader.UserInterruptException;

/**
 * A read of an answer that JLine ended with an exception, as the {@link ReadOutcome} it means, the
 * text typed so far kept: Ctrl-C or the deadline ({@link UserInterruptException}), Ctrl-D or the
 * end of piped input ({@link EndOfFileException}), or the terminal failing ({@link IOError}).
 */
final class StoppedRead {
  private StoppedRead() {}

  /**
   * Runs on the reading thread, before its interrupt flag is cleared.
   *
   * @param e what JLine threw: {@link UserInterruptException}, {@link EndOfFileException} or {@link
   *     IOError}
   * @param initial the text the editor started with (all there is when JLine failed early)
   * @param timedOut whether the deadline stopped the read
   * @param interactive whether a person types (Ctrl-D submits) rather than a pipe (its end ends)
   * @param halfLine a half-typed line JLine has not seen (a dumb terminal keeps it in the driver)
   */
  static ReadOutcome of(
      Throwable e,
      String initial,
      boolean timedOut,
      boolean interactive,
      Supplier<String> halfLine) {
    if (e instanceof UserInterruptException u) {
      String partial = (u.getPartialLine() == null ? "" : u.getPartialLine()) + halfLine.get();
      return timedOut ? new ReadOutcome.TimedOut(partial) : new ReadOutcome.Interrupted(partial);
    }
    if (e instanceof EndOfFileException eof) {
      String partial = eof.getPartialLine() == null ? "" : eof.getPartialLine();
      if (timedOut) {
        return new ReadOutcome.TimedOut(partial);
      }
      return interactive
          ? new ReadOutcome.Submitted(AnswerParser.answerText(partial))
          : new ReadOutcome.Ended(partial);
    }
    // Ctrl-C or the deadline while JLine was still setting the terminal up (its stty call
    // fails when interrupted), or the terminal went away; the text is the editor's start
    if (timedOut) {
      return new ReadOutcome.TimedOut(initial);
    }
    return Thread.currentThread().isInterrupted() || interrupted(e)
        ? new ReadOutcome.Interrupted(initial)
        : new ReadOutcome.Ended(initial);
  }

  private static boolean interrupted(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof InterruptedException || t instanceof InterruptedIOException) {
        return true;
      }
    }
    return e.getCause() instanceof IOException io
        && io.getMessage() != null
        && io.getMessage().startsWith("Error executing");
  }
}
