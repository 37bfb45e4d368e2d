package dev.mockloop.line;

import java.io.IOError;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Supplier;
import org.jline.keymap.KeyMap;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.Reference;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.utils.NonBlockingReader;

/**
 * JLine's line editor set up for answers: multi-line (ended by a line holding only {@code .} or by
 * Ctrl-D), no history expansion (so {@code !} and backslashes stay as typed), Tab inserts a tab,
 * answers kept in an in-memory history. Another thread may take a {@link #snapshot} of the text
 * being typed and stop a read at the deadline ({@link #timeOut}); both go through JLine's own lock
 * or thread interrupt, never by touching the buffer directly.
 */
final class AnswerReader {
  private static final String SUBMIT = "mockloop-submit";

  private final Terminal terminal;
  private final LineReader reader;
  private final AnswerParser parser = new AnswerParser();
  private final boolean interactive;
  private final TypedText typed;
  private volatile Thread readingThread;
  private volatile boolean timedOut;
  private volatile boolean pendingInterrupt;
  private volatile Supplier<String> halfLine = () -> "";

  AnswerReader(Terminal terminal, boolean interactive) {
    this.terminal = terminal;
    this.interactive = interactive;
    this.reader = new PasteReader(terminal, parser); // a paste is drawn once, not per key
    reader.setVariable(LineReader.SECONDARY_PROMPT_PATTERN, "  ");
    reader.setVariable(LineReader.HISTORY_SIZE, 100);
    reader.option(LineReader.Option.DISABLE_EVENT_EXPANSION, true);
    reader.option(LineReader.Option.INSERT_TAB, true);
    reader.option(LineReader.Option.AUTO_FRESH_LINE, false);
    reader
        .getWidgets()
        .put(
            SUBMIT,
            () -> {
              parser.force(true);
              try {
                reader.callWidget(LineReader.ACCEPT_LINE);
              } finally {
                parser.force(false);
              }
              return true;
            });
    reader.getKeyMaps().get(LineReader.EMACS).bind(new Reference(SUBMIT), KeyMap.ctrl('D'));
    this.typed = new TypedText(reader);
  }

  Terminal terminal() {
    return terminal;
  }

  /**
   * Whether a person types at a terminal left in cooked mode ({@code TERM=dumb}): its driver, not
   * JLine, reads the keys, so Ctrl-D after text only hands the line over and a second one ends it.
   */
  boolean cooked() {
    return interactive && terminal.getType().startsWith(Terminal.TYPE_DUMB);
  }

  LineReader lineReader() {
    return reader;
  }

  /** Runs on the reading thread each time Enter starts a new line of the answer. */
  void onNewLine(Runnable r) {
    parser.onNewLine(r);
  }

  /**
   * Where to find a half-typed line that JLine has not seen (a dumb terminal in cooked mode keeps
   * it in the driver); it is added to the text of a timed-out or interrupted answer.
   */
  void halfLine(Supplier<String> source) {
    halfLine = source;
  }

  /** Runs under JLine's lock on each snapshot while an answer is typed (status line updates). */
  void onSnapshot(Runnable r) {
    typed.onSnapshot(r);
  }

  /** Reads one answer; {@code initial} is put back in the editor (after a Ctrl-C "no"). */
  ReadOutcome answer(String prompt, String initial) {
    Thread.interrupted(); // a stale interrupt (a deadline that raced the last submit) is void
    if (pendingInterrupt) {
      pendingInterrupt = false;
      return new ReadOutcome.Interrupted(initial);
    }
    parser.single(false);
    timedOut = false;
    typed.answering(true);
    readingThread = Thread.currentThread();
    try {
      String buffer = reader.readLine(prompt, null, (Character) null, initial);
      return new ReadOutcome.Submitted(AnswerParser.answerText(buffer));
    } catch (UserInterruptException | EndOfFileException | IOError e) {
      return StoppedRead.of(e, initial, timedOut, interactive, halfLine);
    } finally {
      typed.answering(false);
      readingThread = null;
      Thread.interrupted();
    }
  }

  /** Reads one line (a yes/no question); empty when the input ended or Ctrl-C was pressed. */
  Optional<String> line(String prompt) {
    Thread.interrupted();
    if (pendingInterrupt) {
      pendingInterrupt = false;
      return Optional.empty();
    }
    parser.single(true);
    try {
      return Optional.of(reader.readLine(prompt));
    } catch (UserInterruptException | EndOfFileException | IOError e) {
      return Optional.empty();
    } finally {
      Thread.interrupted();
    }
  }

  /**
   * Piped input: waits until another character comes or the input ends; false at its end (so a
   * question nobody scripted an answer for is not printed).
   */
  boolean moreInput() {
    try {
      int c;
      do {
        c = terminal.reader().peek(100);
      } while (c == NonBlockingReader.READ_EXPIRED);
      return c >= 0;
    } catch (IOException e) {
      return false;
    }
  }

  /** After an answer went in: drops what was typed on after it ({@link TypedAhead}). */
  void discardTypedAhead() {
    TypedAhead.discard(terminal, interactive);
  }

  /** The text of the answer being typed ({@link TypedText#snapshot}); safe from any thread. */
  Optional<String> snapshot() {
    return typed.snapshot();
  }

  /**
   * Ctrl-C arrived while no read was in progress (JLine handles it itself during a read): the next
   * read ends at once as if Ctrl-C had been pressed in it, so the user is asked before anything
   * quits.
   */
  void interruptLater() {
    pendingInterrupt = true;
  }

  /**
   * The deadline passed: stops the answer being read; it comes back as {@link
   * ReadOutcome.TimedOut}.
   */
  void timeOut() {
    Thread t = readingThread;
    if (typed.answering() && t != null) {
      timedOut = true;
      t.interrupt();
    }
  }

  /** Prints a line above the prompt and the text being typed (safe from any thread). */
  void printAbove(String text) {
    reader.printAbove(text);
  }
}
