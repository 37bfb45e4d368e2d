package dev.mockloop.tui;

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

  /** Why the TUI cannot run here, in one sentence for the user. */
  public static String reason(Map<String, String> env, boolean hasConsole) {
    if (!hasConsole) {
      return "stdin/stdout is not a terminal";
    }
    String term = env.getOrDefault("TERM", "");
    return term.isBlank() ? "TERM is not set" : "TERM=" + term + " cannot show a full-screen UI";
  }
}
