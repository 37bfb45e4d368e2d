package dev.mockloop.tui;

import com.googlecode.lanterna.TerminalSize;
import java.io.BufferedOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import sun.misc.Signal;

/**
 * Lanterna's Unix terminal with Ctrl-C trapped, opened with no process where JLine's native library
 * loads ({@link NativeTty}: {@code tcgetattr}, {@code tcsetattr}, the size's {@code ioctl}), else
 * with one instead of five (Lanterna runs an {@code stty} per setting: {@code -g}, {@code -icanon},
 * {@code min 1}, {@code -echo}, {@code intr undef}; two more on close): one shell saves the
 * settings, sets raw mode and tells the size ({@link TtySetup}). Either way no escape-sequence
 * query waits for the terminal's answer, before the first frame or after a SIGWINCH (the size is
 * the kernel's, {@link #findTerminalSize}); closing restores the saved settings (Ctrl-C's character
 * among them). Its output is {@link BufferedTerminal}'s.
 */
final class RawTerminal extends BufferedTerminal {
  /**
   * Set while the super constructor opens the terminal (so no initializers on these: one would run
   * after it and undo them): how raw mode was set, and whether it is (echo and Ctrl-C were turned
   * off with canonical mode).
   */
  private TtyMode mode;

  private boolean rawInOneCall;

  /** The size the shell printed, until the first SIGWINCH. */
  private volatile TerminalSize startSize;

  /** A SIGWINCH came while the shell ran: what it printed may be the old size. */
  private volatile boolean resizedEarly;

  /** Set once the saved settings are back, which brings back Ctrl-C's character too. */
  private boolean restored;

  RawTerminal(InputStream in, OutputStream out, Charset charset) throws IOException {
    super(in, out, charset);
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

  /**
   * The size as opened until the first resize, then the kernel's ({@link TtyMode#sizeNow}), and
   * only when neither tells it Lanterna's query: the cursor sent far away and its position asked.
   * That query runs on the signal's thread and reads the answer from the input while the key thread
   * reads it too, through a key queue that is not thread-safe (Lanterna 3.1's {@code
   * StreamBasedTerminal}): a paste during a resize lost single characters and runs of a thousand.
   */
  @Override
  protected TerminalSize findTerminalSize() throws IOException {
    TerminalSize known = startSize;
    if (known != null) {
      return known; // what stty said, good until the first resize
    }
    TerminalSize now = mode == null ? null : mode.sizeNow();
    return now != null ? now : super.findTerminalSize();
  }

  /** Saves the settings, sets raw mode and reads the size, natively or in one process. */
  @Override
  protected void saveTerminalSettings() throws IOException {
    // a resize before Lanterna's listener is in (next in its set-up) makes the size stale
    handleWinch(
        () -> {
          resizedEarly = true;
          startSize = null;
        });
    mode = NativeTty.openEither(new File("/dev/tty"));
    startSize = resizedEarly ? null : mode.size();
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
    if (mode != null) {
      mode.restore();
    }
    restored = true;
  }
}
