package dev.mockloop.tui;

import com.googlecode.lanterna.terminal.DefaultTerminalFactory;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal.CtrlCBehaviour;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The process's terminal, opened on a thread of its own ({@link #openTerminal()}: the {@code stty}
 * shell it waits for), so that a start builds its first screen (the resume offer, the home screen's
 * choices) in the meantime; {@link Tui#run} takes the terminal when it draws. A start that fails
 * before that {@linkplain #close() closes} it.
 */
public final class TerminalOpening implements AutoCloseable {
  private final CompletableFuture<Terminal> terminal;

  private TerminalOpening(CompletableFuture<Terminal> terminal) {
    this.terminal = terminal;
  }

  /** Starts opening the process's terminal in raw mode. */
  public static TerminalOpening start() {
    return start(TerminalOpening::openTerminal);
  }

  /** Starts {@code open} on a daemon thread of its own. */
  static TerminalOpening start(Callable<Terminal> open) {
    CompletableFuture<Terminal> f = new CompletableFuture<>();
    Thread t =
        new Thread(
            () -> {
              try {
                f.complete(open.call());
              } catch (Throwable e) { // handed to whoever takes the terminal
                f.completeExceptionally(e);
              }
            },
            "mockloop-tty");
    t.setDaemon(true);
    t.start();
    return new TerminalOpening(f);
  }

  /** A terminal already open (the review browser, tests). */
  public static TerminalOpening of(Terminal open) {
    return new TerminalOpening(CompletableFuture.completedFuture(open));
  }

  /** Waits for the terminal; a failure to open it is thrown here as it was thrown there. */
  public Terminal get() throws IOException {
    try {
      return terminal.join();
    } catch (CompletionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new UncheckedIOException(new IOException(cause));
    }
  }

  /** Closes the terminal once it is open (restoring its settings); one that failed is left. */
  @Override
  public void close() throws IOException {
    Terminal t;
    try {
      t = get();
    } catch (IOException | RuntimeException failed) {
      return;
    }
    t.close();
  }

  /**
   * Opens the process's terminal in raw mode with Ctrl-C trapped (it arrives as a key), as
   * Lanterna's {@code DefaultTerminalFactory} would on Unix once {@link FrontEnd#choose} has said
   * there is a terminal, in fewer {@code stty} calls ({@link RawTerminal}). Closing it restores the
   * terminal settings.
   */
  static Terminal openTerminal() throws IOException {
    TuiDriver.prepare(); // on another thread, while the terminal opens
    if (!System.getProperty("os.name", "").startsWith("Windows")) {
      return RawTerminal.standard(StandardCharsets.UTF_8);
    }
    return new DefaultTerminalFactory(System.out, System.in, StandardCharsets.UTF_8)
        .setForceTextTerminal(true)
        .setUnixTerminalCtrlCBehaviour(CtrlCBehaviour.TRAP)
        .createTerminal();
  }
}
