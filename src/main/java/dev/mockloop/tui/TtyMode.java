package dev.mockloop.tui;

import com.googlecode.lanterna.TerminalSize;
import java.io.IOException;

/**
 * The terminal in raw mode as {@link RawTerminal} opened it: set natively ({@link NativeTty}) or by
 * one {@code stty} shell ({@link TtySetup}).
 */
interface TtyMode {
  /** The terminal's size when it was opened, or null when it was not told. */
  TerminalSize size();

  /**
   * The terminal's size now, asked of the kernel (the window size the terminal gave it), not of the
   * terminal: no escape sequence goes out and no answer comes back through the input, which the key
   * reader is reading. Null when it cannot be told.
   */
  TerminalSize sizeNow() throws IOException;

  /** Gives the terminal back the settings it had before (Ctrl-C's character among them). */
  void restore() throws IOException;
}
