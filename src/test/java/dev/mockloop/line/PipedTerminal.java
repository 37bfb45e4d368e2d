package dev.mockloop.line;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * A JLine terminal on piped streams for tests: what the test {@link #type}s is the keyboard, {@link
 * #output} is the screen's byte stream. {@code dumb} gives the terminal line mode uses for pipes
 * and {@code TERM=dumb}; otherwise an xterm with a line editor and a status line.
 */
final class PipedTerminal implements AutoCloseable {
  private final PipedOutputStream keys = new PipedOutputStream();
  private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
  private final Terminal terminal;

  PipedTerminal(boolean dumb) {
    try {
      PipedInputStream in = new PipedInputStream(keys, 1 << 16);
      terminal =
          TerminalBuilder.builder()
              .system(false)
              .streams(in, screen)
              .type(dumb ? Terminal.TYPE_DUMB : "xterm-256color")
              .size(new Size(100, 30))
              .paused(true)
              .build();
      LineMode.quiet(terminal);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Terminal terminal() {
    return terminal;
  }

  /** Sends text as typed keys (Ctrl-C is {@code \u0003}, Ctrl-D {@code \u0004}). */
  void type(String text) {
    try {
      keys.write(text.getBytes(StandardCharsets.UTF_8));
      keys.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Closes the keyboard: the end of piped input. */
  void endInput() {
    try {
      keys.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Everything written to the screen so far, ANSI escapes removed. */
  String output() {
    terminal.flush();
    return screen
        .toString(StandardCharsets.UTF_8)
        .replaceAll("\u001B\\[[0-9;?]*[A-Za-z]", "")
        .replaceAll("\u001B[()][0-9A-Za-z]", "")
        .replaceAll("\u001B[=>78]", "");
  }

  @Override
  public void close() throws IOException {
    terminal.close();
  }
}
