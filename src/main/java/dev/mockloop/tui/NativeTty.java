package dev.mockloop.tui;

import com.googlecode.lanterna.TerminalSize;
import java.io.File;
import java.io.IOException;
import org.jline.nativ.CLibrary;
import org.jline.nativ.CLibrary.WinSize;

/**
 * The terminal's raw mode set on standard input with the kernel's own {@code TCGETS} and {@code
 * TCSETSW} ioctls through JLine's native library (loaded by mockloop's {@code
 * org.jline.nativ.JLineNativeLoader}), with no process started: what {@code stty -g}, {@code stty
 * -icanon min 1 -echo intr undef} and {@code stty size} do in {@link TtySetup}'s shell, which took
 * 23-28 ms of wall clock and 11-13 ms of CPU before the first frame. The kernel's {@code struct
 * termios} is read into an {@code int[]} as its bytes and written back as read on {@link #restore}:
 * JLine's {@code tcgetattr}/{@code tcsetattr} go through a struct without {@code c_line} and wrote
 * an uninitialised byte there ({@code stty -a} showed "line = 53" after quitting).
 */
final class NativeTty implements TtyMode {
  /** Linux's generic termios (x86_64, arm64): {@code c_lflag} bits and {@code c_cc} indices. */
  static final int ICANON = 0x2;

  static final int ECHO = 0x8;
  static final int VINTR = 0;
  static final int VMIN = 6;

  /** The ioctls and the kernel's {@code struct termios}: four flags, c_line, c_cc[19]: 36 bytes. */
  private static final long TCGETS = 0x5401;

  private static final long TCSETSW = 0x5403;
  static final int WORDS = 9;
  private static final int LFLAG = 3;
  private static final int CC = 17;

  /** Standard input, a terminal. */
  private static final int FD = 0;

  private final int[] saved;
  private final TerminalSize size;

  private NativeTty(int[] saved, TerminalSize size) {
    this.saved = saved;
    this.size = size;
  }

  /**
   * Sets raw mode on standard input, or null (nothing changed) when the library is not there or
   * standard input is not a terminal: then the caller uses {@code stty}.
   */
  static NativeTty open() {
    if (!linux(System.getProperty("os.name", ""), System.getProperty("os.arch", ""))) {
      return null;
    }
    try { // the library loads as CLibrary initialises (org.jline.nativ.JLineNativeLoader)
      if (CLibrary.isatty(FD) != 1) {
        return null;
      }
      int[] saved = new int[WORDS];
      if (CLibrary.ioctl(FD, TCGETS, saved) != 0) {
        return null;
      }
      int[] raw = saved.clone();
      makeRaw(raw);
      if (CLibrary.ioctl(FD, TCSETSW, raw) != 0) {
        return null;
      }
      return new NativeTty(saved, windowSize());
    } catch (RuntimeException | LinkageError e) {
      return null;
    }
  }

  /**
   * Whether this is Linux on x86_64 or arm64, whose generic termios the constants above are (other
   * Linux ports and the BSDs number them otherwise): elsewhere the terminal opens with {@code
   * stty}.
   */
  static boolean linux(String osName, String osArch) {
    return osName.equals("Linux") && (osArch.equals("amd64") || osArch.equals("aarch64"));
  }

  /**
   * What {@code stty -icanon min 1 -echo intr undef} changes in the kernel's termios as words
   * (little-endian, as on x86_64 and arm64): canonical mode and echo off in the local flags, a read
   * returning after one byte, no character sending SIGINT ({@code undef} is 0 on Linux).
   */
  static void makeRaw(int[] termios) {
    termios[LFLAG] &= ~(ICANON | ECHO);
    setCc(termios, VMIN, 1);
    setCc(termios, VINTR, 0);
  }

  /** Control character {@code i} ({@code c_cc[i]}) of the termios words. */
  static int cc(int[] termios, int i) {
    int at = CC + i;
    return (termios[at / 4] >>> (at % 4 * 8)) & 0xff;
  }

  static void setCc(int[] termios, int i, int value) {
    int at = CC + i;
    int shift = at % 4 * 8;
    termios[at / 4] = (termios[at / 4] & ~(0xff << shift)) | ((value & 0xff) << shift);
  }

  /** The size from the kernel's rows and columns, or null when it does not know them (0). */
  static TerminalSize size(int rows, int cols) {
    return rows > 0 && cols > 0 ? new TerminalSize(cols, rows) : null;
  }

  @Override
  public TerminalSize size() {
    return size;
  }

  /** {@code TIOCGWINSZ} on standard input, as when opened. */
  @Override
  public TerminalSize sizeNow() {
    try {
      return windowSize();
    } catch (RuntimeException | LinkageError e) {
      return null;
    }
  }

  /** The kernel's window size of standard input, or null when it does not tell one. */
  private static TerminalSize windowSize() {
    WinSize ws = new WinSize();
    return CLibrary.ioctl(FD, CLibrary.TIOCGWINSZ, ws) == 0 ? size(ws.ws_row, ws.ws_col) : null;
  }

  @Override
  public void restore() throws IOException {
    try {
      if (CLibrary.ioctl(FD, TCSETSW, saved.clone()) != 0) {
        throw new IOException("TCSETSW failed");
      }
    } catch (LinkageError e) {
      throw new IOException(e);
    }
  }

  /** Raw mode through the library, or else through one {@code stty} shell on {@code tty}. */
  static TtyMode openEither(File tty) throws IOException {
    NativeTty t = open();
    return t != null ? t : TtySetup.run(tty);
  }
}
