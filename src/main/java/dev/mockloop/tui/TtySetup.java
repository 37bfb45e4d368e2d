package dev.mockloop.tui;

import com.googlecode.lanterna.TerminalSize;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@link RawTerminal} learns from the one process it starts when it opens the terminal: a
 * shell that runs {@code stty} three times on {@code /dev/tty}, to print the settings to restore
 * ({@code -g}), to set raw mode ({@code -icanon min 1 -echo intr undef}) and to print the size.
 *
 * @param saved the settings to give back on close, as {@code stty -g} printed them ("" if it
 *     failed)
 * @param size the terminal's size, or null when {@code stty size} did not tell it
 */
record TtySetup(String saved, TerminalSize size) implements TtyMode {
  /** Lanterna's property naming the {@code stty} to run, and its default. */
  static final String STTY_PROPERTY = "com.googlecode.lanterna.terminal.UnixTerminal.sttyCommand";

  /** The shell command: save, set raw (only once saved), then the size. */
  static String script(String stty) {
    String q = "'" + stty.replace("'", "'\\''") + "'";
    return q + " -g && " + q + " -icanon min 1 -echo intr undef && " + q + " size";
  }

  /** Runs the shell on {@code tty} (its standard input) and reads what it printed. */
  static TtySetup run(File tty) throws IOException {
    String stty = System.getProperty(STTY_PROPERTY, "/bin/stty");
    ProcessBuilder pb = new ProcessBuilder("/bin/sh", "-c", script(stty));
    return parse(lines(pb.redirectInput(ProcessBuilder.Redirect.from(tty)).start()));
  }

  private static List<String> lines(Process p) throws IOException {
    List<String> lines = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream()))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        lines.add(line);
      }
    }
    return lines;
  }

  /** {@code stty size} on {@code /dev/tty}: one process, run only when the window changed. */
  @Override
  public TerminalSize sizeNow() {
    return sizeNow(new File("/dev/tty"));
  }

  /** {@code stty size} on {@code tty}, or null when it cannot run or says no size. */
  static TerminalSize sizeNow(File tty) {
    String stty = System.getProperty(STTY_PROPERTY, "/bin/stty");
    try {
      List<String> lines =
          lines(
              new ProcessBuilder(stty, "size")
                  .redirectInput(ProcessBuilder.Redirect.from(tty))
                  .start());
      return lines.isEmpty() ? null : size(lines.get(0));
    } catch (IOException cannot) {
      return null;
    }
  }

  /** Runs {@code stty} with the saved settings on {@code /dev/tty}, as Lanterna would. */
  @Override
  public void restore() throws IOException {
    restore(new File("/dev/tty"));
  }

  /** Runs {@code stty} with the saved settings on {@code tty} (nothing when none were saved). */
  void restore(File tty) throws IOException {
    if (!saved.isEmpty()) {
      String stty = System.getProperty(STTY_PROPERTY, "/bin/stty");
      ProcessBuilder pb = new ProcessBuilder(stty, saved);
      lines(pb.redirectInput(ProcessBuilder.Redirect.from(tty)).start()); // to its end, as Lanterna
    }
  }

  /** The saved settings from the first line, the size ("rows columns") from the second. */
  static TtySetup parse(List<String> lines) {
    String saved = lines.isEmpty() ? "" : lines.get(0).trim();
    return new TtySetup(saved, lines.size() > 1 ? size(lines.get(1)) : null);
  }

  /** What {@code stty size} printed ("rows columns") as a size, or null when it is none. */
  private static TerminalSize size(String line) {
    String[] rc = line.trim().split(" ");
    try {
      int rows = Integer.parseInt(rc[0]);
      int cols = rc.length == 2 ? Integer.parseInt(rc[1]) : 0;
      return rows > 0 && cols > 0 ? new TerminalSize(cols, rows) : null;
    } catch (NumberFormatException notASize) {
      return null;
    }
  }
}
