package dev.mockloop.tui;

import com.googlecode.lanterna.TerminalSize;
import java.io.File;
import java.io.IOException;
import org.jline.nativ.CLibrary;
import org.jline.nativ.CLibrary.Termios;
import org.jline.nativ.CLibrary.WinSize;

/**
 * The terminal's raw mode set with {@code tcgetattr}/{@code tcsetattr} on standard input through
 * JLine's native library (loaded by mockloop's {@code org.jline.nativ.JLineNativeLoader}), with no
 * process started: what {@code stty -g}, {@code stty -icanon min 1 -echo intr undef} and {@code
 * stty size} do in {@link TtySetup}'s shell, which took 23-28 ms of wall clock and 11-13 ms of CPU
 * before the first frame. The settings read first are kept whole and written back on {@link
 * #restore}.
 */
final class NativeTty implements TtyMode {
  /** Linux's generic termios (x86_64, arm64): {@code c_lflag} bits and {@code c_cc} indices. */
  static final long ICANON = 0x2;

  static final long ECHO = 0x8;
  static final int VINTR = 0;
  static final int VMIN = 6;

  /** Standard input, a terminal. */
  private static final int FD = 0;

  private final Termios saved;
  private final TerminalSize size;

  private NativeTty(Termios saved, TerminalSize size) {
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
      Termios saved = new Termios();
      Termios raw = new Termios();
      if (CLibrary.tcgetattr(FD, saved) != 0 || CLibrary.tcgetattr(FD, raw) != 0) {
        return null;
      }
      makeRaw(raw);
      if (CLibrary.tcsetattr(FD, CLibrary.TCSADRAIN, raw) != 0) {
        return null;
      }
      WinSize ws = new WinSize();
      boolean sized = CLibrary.ioctl(FD, CLibrary.TIOCGWINSZ, ws) == 0;
      return new NativeTty(saved, sized ? size(ws.ws_row, ws.ws_col) : null);
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

  /** What {@code stty -icanon min 1 -echo intr undef} changes ({@code undef} is 0 on Linux). */
  static void makeRaw(Termios t) {
    t.c_lflag = rawLocalFlags(t.c_lflag);
    rawControlChars(t.c_cc);
  }

  /** The local flags without canonical mode and echo ({@code -icanon -echo}); the rest kept. */
  static long rawLocalFlags(long lflag) {
    return lflag & ~(ICANON | ECHO);
  }

  /**
   * A read returns after one byte ({@code min 1}); no character sends SIGINT ({@code intr undef}).
   */
  static void rawControlChars(byte[] cc) {
    cc[VMIN] = 1;
    cc[VINTR] = 0;
  }

  /** The size from the kernel's rows and columns, or null when it does not know them (0). */
  static TerminalSize size(int rows, int cols) {
    return rows > 0 && cols > 0 ? new TerminalSize(cols, rows) : null;
  }

  @Override
  public TerminalSize size() {
    return size;
  }

  @Override
  public void restore() throws IOException {
    try {
      if (CLibrary.tcsetattr(FD, CLibrary.TCSADRAIN, saved) != 0) {
        throw new IOException("tcsetattr failed");
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
