package dev.mockloop.line;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.jline.keymap.KeyMap;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.Reference;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;

/**
 * JLine's line editor set up for answers: multi-line (ended by a line holding only {@code .} or
 * by Ctrl-D), no history expansion (so {@code !} and backslashes stay as typed), Tab inserts a
 * tab, answers kept in an in-memory history. Another thread may take a {@link #snapshot} of the
 * text being typed and stop a read at the deadline ({@link #timeOut}); both go through JLine's
 * own lock or thread interrupt, never by touching the buffer directly.
 */
final class AnswerReader {
  private static final String SUBMIT = "mockloop-submit";
  private static final String SNAPSHOT = "mockloop-snapshot";

  private final Terminal terminal;
  private final LineReader reader;
  private final AnswerParser parser = new AnswerParser();
  private final boolean interactive;
  private final AtomicReference<String> snap = new AtomicReference<>();
  private volatile Thread readingThread;
  private volatile boolean answering;
  private volatile boolean timedOut;
  private volatile Runnable onSnapshot = () -> {};

  AnswerReader(Terminal terminal, boolean interactive) {
    this.terminal = terminal;
    this.interactive = interactive;
    this.reader = LineReaderBuilder.builder()
        .terminal(terminal)
        .parser(parser)
        .appName("mockloop")
        .variable(LineReader.SECONDARY_PROMPT_PATTERN, "  ")
        .variable(LineReader.HISTORY_SIZE, 100)
        .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
        .option(LineReader.Option.INSERT_TAB, true)
        .option(LineReader.Option.AUTO_FRESH_LINE, false)
        .build();
    reader.getWidgets().put(SUBMIT, () -> {
      parser.force(true);
      try {
        reader.callWidget(LineReader.ACCEPT_LINE);
      } finally {
        parser.force(false);
      }
      return true;
    });
    reader.getWidgets().put(SNAPSHOT, () -> {
      if (answering) {
        snap.set(reader.getBuffer().toString());
        onSnapshot.run();
      }
      return true;
    });
    reader.getKeyMaps().get(LineReader.EMACS).bind(new Reference(SUBMIT), KeyMap.ctrl('D'));
  }

  Terminal terminal() {
    return terminal;
  }

  LineReader lineReader() {
    return reader;
  }

  /** Runs on the reading thread each time Enter starts a new line of the answer. */
  void onNewLine(Runnable r) {
    parser.onNewLine(r);
  }

  /** Runs under JLine's lock on each snapshot while an answer is typed (status line updates). */
  void onSnapshot(Runnable r) {
    onSnapshot = r;
  }

  /** Reads one answer; {@code initial} is put back in the editor (after a Ctrl-C "no"). */
  Read answer(String prompt, String initial) {
    parser.single(false);
    timedOut = false;
    answering = true;
    readingThread = Thread.currentThread();
    try {
      String buffer = reader.readLine(prompt, null, (Character) null, initial);
      return new Read.Submitted(AnswerParser.answerText(buffer));
    } catch (UserInterruptException e) {
      String partial = e.getPartialLine() == null ? "" : e.getPartialLine();
      return timedOut ? new Read.TimedOut(partial) : new Read.Interrupted(partial);
    } catch (EndOfFileException e) {
      String partial = e.getPartialLine() == null ? "" : e.getPartialLine();
      if (timedOut) {
        return new Read.TimedOut(partial);
      }
      return interactive ? new Read.Submitted(AnswerParser.answerText(partial))
          : new Read.Ended(partial);
    } finally {
      answering = false;
      readingThread = null;
      Thread.interrupted();
    }
  }

  /** Reads one line (a yes/no question); empty when the input ended or Ctrl-C was pressed. */
  Optional<String> line(String prompt) {
    parser.single(true);
    try {
      return Optional.of(reader.readLine(prompt));
    } catch (UserInterruptException | EndOfFileException e) {
      return Optional.empty();
    } finally {
      Thread.interrupted();
    }
  }

  /**
   * The text of the answer being typed, read under JLine's lock; empty when no answer is being
   * read. Safe from any thread.
   */
  Optional<String> snapshot() {
    if (!answering) {
      return Optional.empty();
    }
    snap.set(null);
    try {
      reader.callWidget(SNAPSHOT);
    } catch (IllegalStateException notReading) {
      return Optional.empty();
    }
    return Optional.ofNullable(snap.get());
  }

  /** The deadline passed: stops the answer being read; it comes back as {@link Read.TimedOut}. */
  void timeOut() {
    Thread t = readingThread;
    if (answering && t != null) {
      timedOut = true;
      t.interrupt();
    }
  }

  /** Prints a line above the prompt and the text being typed (safe from any thread). */
  void printAbove(String text) {
    reader.printAbove(text);
  }
}
