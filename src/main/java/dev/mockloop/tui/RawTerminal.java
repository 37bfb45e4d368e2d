package dev.mockloop.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.ansi.UnixTerminal;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;

/**
 * Lanterna's Unix terminal with Ctrl-C trapped, set up with two {@code stty} processes instead of
 * five. Lanterna runs one {@code stty} per setting when it opens the terminal ({@code -g} to save
 * them, {@code -icanon}, {@code min 1}, {@code -echo}, {@code intr undef}) and two when it closes
 * it (the saved settings, then {@code intr ^C}); each is a process started from the JVM, tens of
 * milliseconds on a busy machine, all before the first frame. Here the four settings go in one
 * call, and closing restores the saved settings (Ctrl-C's character among them) in one.
 *
 * <p>It also writes a surrogate pair (an emoji) as the one character it is. Lanterna 3.1 keeps such
 * a character whole on its screen ({@code TextCharacter.fromString}) but its terminal writes a
 * string char by char, encoding each half alone, so the terminal got two {@code ?}. Here a high
 * surrogate waits for its low one and the pair is encoded together.
 *
 * <p>Its output is buffered until Lanterna flushes (after each screen refresh, on entering and
 * leaving the private mode): on {@code System.out}, a print stream that flushes every write, each
 * cell of a frame was a write of its own to the terminal (3,000 for a full 100x30 frame). The size
 * query, whose answer Lanterna waits for, goes out at once ({@link #findTerminalSize}).
 */
final class RawTerminal extends UnixTerminal {
  /**
   * Set while the super constructor opens the terminal (so no initializer here: one would run after
   * it and undo the mark): echo and Ctrl-C were turned off with canonical mode.
   */
  private boolean rawInOneCall;

  /** Set once the saved settings are back, which brings back Ctrl-C's character too. */
  private boolean restored;

  /** A high surrogate waiting for its low half. */
  private char high;

  /** Set while Lanterna asks the terminal its size: writes go out at once. */
  private volatile boolean unbuffered;

  RawTerminal(InputStream in, OutputStream out, Charset charset) throws IOException {
    super(in, out, charset, CtrlCBehaviour.TRAP);
  }

  /** On the process's standard input and output, the output buffered as above. */
  static RawTerminal standard(Charset charset) throws IOException {
    OutputStream out = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16);
    return new RawTerminal(System.in, out, charset);
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
    } finally {
      flush();
    }
  }

  @Override
  protected void canonicalMode(boolean enabled) throws IOException {
    if (enabled) {
      super.canonicalMode(true);
      return;
    }
    runSTTYCommand("-icanon", "min", "1", "-echo", "intr", "undef");
    rawInOneCall = true;
  }

  @Override
  protected void keyEchoEnabled(boolean enabled) throws IOException {
    if (enabled || !rawInOneCall) {
      super.keyEchoEnabled(enabled);
    }
  }

  @Override
  protected void keyStrokeSignalsEnabled(boolean enabled) throws IOException {
    if (enabled ? !restored : !rawInOneCall) {
      super.keyStrokeSignalsEnabled(enabled);
    }
  }

  @Override
  protected void restoreTerminalSettings() throws IOException {
    super.restoreTerminalSettings();
    restored = true;
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
    super.putCharacter(c);
  }
}
