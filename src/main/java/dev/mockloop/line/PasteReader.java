package dev.mockloop.line;

import java.io.IOError;
import org.jline.reader.MaskingCallback;
import org.jline.reader.Parser;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.reader.impl.history.DefaultHistory;
import org.jline.terminal.Terminal;
import org.jline.utils.NonBlockingReader;

/**
 * JLine's line editor, except that it does not redraw the answer while more keys are coming. A
 * terminal without bracketed paste (or one that was not asked for it) sends a paste as typed keys,
 * and JLine redraws the whole multi-line buffer with its prompts after every one: a 1,000-word
 * paste took 16 s, 20,000 words would take hours. Here the reading thread first looks whether
 * another key comes within {@link #GAP_MS} (a paste's keys come microseconds apart, a person's tens
 * of milliseconds) and redraws only after the last; the line's final drawing, when it is accepted,
 * is never skipped. A bracketed paste, which JLine reads whole, is drawn as before.
 */
final class PasteReader extends LineReaderImpl {
  /** How long the reading thread waits for the next key before it redraws. */
  static final long GAP_MS = 2;

  private volatile Thread reading;

  /**
   * The reader for {@code terminal} with {@code parser}, a history in memory, as JLine's builder.
   */
  PasteReader(Terminal terminal, Parser parser) {
    super(terminal, "mockloop", null);
    setHistory(new DefaultHistory());
    setParser(parser);
  }

  @Override
  public String readLine(String prompt, String right, MaskingCallback mask, String buffer) {
    reading = Thread.currentThread();
    try {
      return super.readLine(prompt, right, mask, buffer);
    } finally {
      reading = null;
    }
  }

  @Override
  protected void redisplay(boolean flush) {
    // the loop's redraw after a key (flush); never the last one of a line (cleanup, not flushed)
    if (flush && Thread.currentThread() == reading && keyComing()) {
      return; // the key after it redraws
    }
    super.redisplay(flush);
  }

  /** True when another key is there within {@link #GAP_MS}; an interrupt stays for the read. */
  private boolean keyComing() {
    try {
      int c = peekCharacter(GAP_MS);
      return c != NonBlockingReader.READ_EXPIRED && c != NonBlockingReader.EOF;
    } catch (IOError e) {
      Thread.currentThread().interrupt(); // a time-out's interrupt: the next read ends the line
      return false;
    }
  }
}
