package dev.mockloop.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.ansi.UnixTerminal;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The output side of mockloop's Unix terminal ({@link RawTerminal} is the settings side).
 *
 * <p>Output is buffered until Lanterna flushes (after each screen refresh, on entering and leaving
 * the private mode): on {@code System.out}, a print stream that flushes every write, each cell of a
 * frame was a write of its own to the terminal (3,000 for a full 100x30 frame). A size query, whose
 * answer Lanterna waits for, goes out at once ({@link #findTerminalSize}).
 *
 * <p>A surrogate pair (an emoji) is written as the one character it is. Lanterna 3.1 keeps such a
 * character whole on its screen ({@code TextCharacter.fromString}) but its terminal writes a string
 * char by char, encoding each half alone, so the terminal got two {@code ?}. Here a high surrogate
 * waits for its low one and the pair is encoded together.
 *
 * <p>The first frame can be painted before Lanterna's screen exists ({@link #paintFirst}): the
 * terminal enters the private mode (the alternate screen) then, and the screen's own start, which
 * would enter it again and clear it, finds it entered.
 */
abstract class BufferedTerminal extends UnixTerminal {
  /** The byte of each printable ASCII character, indexed by the character. */
  private static final byte[][] ASCII = new byte[0x7f][];

  static {
    for (char c = ' '; c < ASCII.length; c++) {
      ASCII[c] = new byte[] {(byte) c};
    }
  }

  /** A high surrogate waiting for its low half. */
  private char high;

  /** Set while Lanterna asks the terminal its size: writes go out at once. */
  private volatile boolean unbuffered;

  /** The charset is UTF-8, where a printable ASCII character is its own byte. */
  private final boolean utf8;

  /** The first frame is painted and the private mode entered for the screen that comes next. */
  private boolean painted;

  BufferedTerminal(InputStream in, OutputStream out, Charset charset) throws IOException {
    super(in, out, charset, CtrlCBehaviour.TRAP);
    utf8 = StandardCharsets.UTF_8.equals(charset);
  }

  /**
   * Enters the private mode and writes {@code frame} ({@link AnsiFrame}), both flushed; the next
   * {@link #enterPrivateMode} (the screen's start) writes nothing, the mode being entered.
   */
  void paintFirst(byte[] frame) throws IOException {
    super.enterPrivateMode();
    writeToTerminal(frame);
    flush();
    painted = true;
  }

  @Override
  public void enterPrivateMode() throws IOException {
    if (painted) {
      painted = false;
      return;
    }
    super.enterPrivateMode();
  }

  @Override
  protected TerminalSize findTerminalSize() throws IOException {
    flush();
    unbuffered = true;
    try {
      return super.findTerminalSize();
    } finally {
      unbuffered = false;
    }
  }

  @Override
  protected void writeToTerminal(byte... bytes) throws IOException {
    super.writeToTerminal(bytes);
    if (unbuffered) {
      flush();
    }
  }

  @Override
  public void close() throws IOException {
    try {
      super.close();
    } catch (IllegalStateException shuttingDown) {
      // Lanterna's restore hook, which close removes, is already running (SIGHUP): it restores
    } finally {
      flush();
    }
  }

  @Override
  public void putCharacter(char c) throws IOException {
    if (Character.isHighSurrogate(c)) {
      high = c;
      return;
    }
    if (Character.isLowSurrogate(c) && high != 0) {
      writeToTerminal(new String(new char[] {high, c}).getBytes(getCharset()));
      high = 0;
      return;
    }
    high = 0;
    if (utf8 && c >= ' ' && c < 0x7f) {
      // what Lanterna writes for a printable ASCII character in UTF-8, without encoding a
      // one-character string through the charset for each cell of a frame
      writeToTerminal(ASCII[c]);
      return;
    }
    super.putCharacter(c);
  }
}
