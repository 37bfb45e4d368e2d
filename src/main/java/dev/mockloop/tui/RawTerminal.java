package dev.mockloop.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.ansi.UnixTerminal;
import java.io.BufferedOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import sun.misc.Signal;

/**
 * Lanterna's Unix terminal with Ctrl-C trapped, opened with one process instead of five (Lanterna
 * runs an {@code stty} per setting: {@code -g}, {@code -icanon}, {@code min 1}, {@code -echo},
 * {@code intr undef}; two more on close). One shell saves the settings, sets raw mode and tells the
 * size ({@link TtySetup}), so no escape-sequence query waits for the terminal's answer before the
 * first frame (after the first SIGWINCH, size queries are Lanterna's); closing restores the saved
 * settings (Ctrl-C's character among them) in one {@code stty}.
 *
 * <p>It also writes a surrogate pair (an emoji) as the one character it is. Lanterna 3.1 keeps such
 * a character whole on its screen ({@code TextCharacter.fromString}) but its terminal writes a
 * string char by char, encoding each half alone, so the terminal got two {@code ?}. Here a high
 * surrogate waits for its low one and the pair is encoded together.
 *
 * <p>Its output is buffered until Lanterna flushes (after each screen refresh, on entering and
 * leaving the private mode): on {@code System.out}, a print stream that flushes every write, each
 * cell of a frame was a write of its own to the terminal (3,000 for a full 100x30 frame). A size
 * query, whose answer Lanterna waits for, goes out at once ({@link #findTerminalSize}).
 */
final class RawTerminal extends UnixTerminal {
  /**
   * Set while the super constructor opens the terminal (so no initializers on these: one would run
   * after it and undo them): what the shell printed, and whether raw mode is set (echo and Ctrl-C
   * were turned off with canonical mode).
   */
  private TtySetup setup;

  private boolean rawInOneCall;

  /** The size the shell printed, until the first SIGWINCH. */
  private volatile TerminalSize startSize;

  /** A SIGWINCH came while the shell ran: what it printed may be the old size. */
  private volatile boolean resizedEarly;

  /** Set once the saved settings are back, which brings back Ctrl-C's character too. */
  private boolean restored;

  /** A high surrogate waiting for its low half. */
  private char high;

  /** The byte of each printable ASCII character, indexed by the character. */
  private static final byte[][] ASCII = new byte[0x7f][];

  static {
    for (char c = ' '; c < ASCII.length; c++) {
      ASCII[c] = new byte[] {(byte) c};
    }
  }

  /** Set while Lanterna asks the terminal its size: writes go out at once. */
  private volatile boolean unbuffered;

  /** The charset is UTF-8, where a printable ASCII character is its own byte. */
  private final boolean utf8;

  RawTerminal(InputStream in, OutputStream out, Charset charset) throws IOException {
    super(in, out, charset, CtrlCBehaviour.TRAP);
    utf8 = StandardCharsets.UTF_8.equals(charset);
  }

  /** On the process's standard input and output, the output buffered as above. */
  static RawTerminal standard(Charset charset) throws IOException {
    // a full buffer goes to System.out's file in one write (longer than System.out's own buffer)
    OutputStream out = new BufferedOutputStream(System.out, 1 << 16);
    return new RawTerminal(System.in, out, charset);
  }

  /**
   * SIGWINCH through {@code sun.misc.Signal} itself; Lanterna finds the class by reflection and
   * makes a dynamic proxy of its handler interface, a class generated at every start (no archive
   * holds it), about 5 ms before the first frame.
   */
  @Override
  protected void registerTerminalResizeListener(Runnable onResize) {
    handleWinch(
        () -> {
          startSize = null; // from now on the size is asked of the terminal
          onResize.run();
        });
  }

  private static void handleWinch(Runnable handler) {
    try {
      Signal.handle(new Signal("WINCH"), signal -> handler.run());
    } catch (IllegalArgumentException | UnsupportedOperationException unknown) {
      // as Lanterna: no resize events where the signal is not known
    }
  }

  @Override
  protected TerminalSize findTerminalSize() throws IOException {
    TerminalSize known = startSize;
    if (known != null) {
      return known; // what stty said, good until the first resize
    }
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

  /** Saves the settings, sets raw mode and reads the size, all in one process. */
  @Override
  protected void saveTerminalSettings() throws IOException {
    // a resize before Lanterna's listener is in (next in its set-up) makes the size stale
    handleWinch(
        () -> {
          resizedEarly = true;
          startSize = null;
        });
    setup = TtySetup.run(new File("/dev/tty"));
    startSize = resizedEarly ? null : setup.size();
    rawInOneCall = true;
  }

  @Override
  protected void canonicalMode(boolean enabled) throws IOException {
    if (enabled || !rawInOneCall) {
      super.canonicalMode(enabled);
    }
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
    if (setup != null && !setup.saved().isEmpty()) {
      runSTTYCommand(setup.saved());
    }
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
    if (utf8 && c >= ' ' && c < 0x7f) {
      // what Lanterna writes for a printable ASCII character in UTF-8, without encoding a
      // one-character string through the charset for each cell of a frame
      writeToTerminal(ASCII[c]);
      return;
    }
    super.putCharacter(c);
  }
}
