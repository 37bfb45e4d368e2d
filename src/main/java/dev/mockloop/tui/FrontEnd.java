package dev.mockloop.tui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Which front end can run here. The full-screen TUI needs an interactive terminal that is not
 * {@code TERM=dumb}; everywhere else the plain line mode is the answer. This is the one place the
 * decision is made.
 */
public enum FrontEnd {
  /** The Lanterna full-screen UI. */
  TUI,
  /** Plain line-by-line input and output. */
  LINE;

  /**
   * @param env the environment (TERM)
   * @param hasConsole whether stdin and stdout are a terminal ({@code System.console() != null})
   */
  public static FrontEnd choose(Map<String, String> env, boolean hasConsole) {
    String term = env.getOrDefault("TERM", "");
    if (!hasConsole || term.isBlank() || term.equals("dumb")) {
      return LINE;
    }
    return TUI;
  }

  /**
   * Whether standard input and output are a terminal: what {@code System.console() != null} tells
   * (both are a terminal), answered first from {@code /proc/self/fd} where both are a
   * pseudo-terminal ({@code /dev/pts/N}, always a terminal). {@code System.console()} makes the
   * console's charset coders and formatter on its first call, about 8 ms of CPU before the first
   * frame, which the TUI never uses.
   */
  public static boolean hasConsole() {
    return (pseudoTerminal(0) && pseudoTerminal(1)) || System.console() != null;
  }

  /** True when file descriptor {@code fd} of this process is open on {@code /dev/pts/N}. */
  static boolean pseudoTerminal(int fd) {
    try {
      return Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd))
          .toString()
          .startsWith("/dev/pts/");
    } catch (IOException | UnsupportedOperationException | SecurityException notLinux) {
      return false;
    }
  }

  /** Why the TUI cannot run here, in one sentence for the user. */
  public static String reason(Map<String, String> env, boolean hasConsole) {
    if (!hasConsole) {
      return "stdin/stdout is not a terminal";
    }
    String term = env.getOrDefault("TERM", "");
    return term.isBlank() ? "TERM is not set" : "TERM=" + term + " cannot show a full-screen UI";
  }
}
