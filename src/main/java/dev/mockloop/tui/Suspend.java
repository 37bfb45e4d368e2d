package dev.mockloop.tui;

import com.googlecode.lanterna.terminal.Terminal;
import java.io.File;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Ctrl-Z (SIGTSTP) and {@code fg} (SIGCONT) for the full-screen UI. Lanterna leaves SIGTSTP to its
 * default, which stops the process with the terminal still raw and on the alternate screen. Here
 * SIGTSTP leaves the alternate screen, gives the terminal back its cooked mode (echo, line editing,
 * Ctrl-C) and then stops the process; SIGCONT puts raw mode back and asks for a full redraw. Only
 * the settings Lanterna changes are touched ({@code icanon}, {@code echo}, {@code min}, {@code
 * intr}). The handlers are registered with {@code sun.misc.Signal} directly, as Lanterna does for
 * SIGWINCH: JLine's wrapper around it, used before, logged through {@code java.util.logging}, whose
 * set-up cost the first frame about ten milliseconds.
 */
final class Suspend implements AutoCloseable {
  private final Terminal terminal;
  private final Object lock;
  private final Runnable redraw;
  private final SignalHandler tstp;
  private final SignalHandler cont;

  private Suspend(Terminal terminal, Object lock, Runnable redraw) {
    this.terminal = terminal;
    this.lock = lock;
    this.redraw = redraw;
    this.tstp = register("TSTP", this::suspend);
    this.cont = register("CONT", this::resume);
  }

  /**
   * Handles SIGTSTP and SIGCONT until closed.
   *
   * @param lock held while the terminal is switched (the UI loop's lock)
   * @param redraw asks the UI loop for a full redraw (called under {@code lock})
   */
  static Suspend install(Terminal terminal, Object lock, Runnable redraw) {
    return new Suspend(terminal, lock, redraw);
  }

  private void suspend() {
    synchronized (lock) {
      try {
        terminal.exitPrivateMode();
        terminal.setCursorVisible(true);
        terminal.flush();
      } catch (IOException | RuntimeException e) {
        // still give the terminal its modes back below
      }
      stty("icanon", "echo", "intr", "^C");
    }
    run("kill", "-STOP", String.valueOf(ProcessHandle.current().pid()));
  }

  private void resume() {
    synchronized (lock) {
      stty("-icanon", "-echo", "min", "1", "intr", "undef");
      try {
        terminal.enterPrivateMode();
      } catch (IOException | RuntimeException alreadyThere) {
        // a SIGCONT without a SIGTSTP before it: the screen is still ours
      }
      redraw.run();
    }
  }

  private static void stty(String... args) {
    String[] cmd = new String[args.length + 1];
    cmd[0] = "stty";
    System.arraycopy(args, 0, cmd, 1, args.length);
    run(new ProcessBuilder(cmd).redirectInput(new File("/dev/tty")));
  }

  private static void run(String... cmd) {
    run(new ProcessBuilder(cmd));
  }

  private static void run(ProcessBuilder pb) {
    try {
      Process p =
          pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      p.waitFor(5, TimeUnit.SECONDS);
    } catch (IOException e) {
      // no stty or kill: the default behaviour is all that is left
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The handler {@code name} had before, or null when this JVM or system does not have it. */
  private static SignalHandler register(String name, Runnable handler) {
    try {
      return Signal.handle(new Signal(name), signal -> handler.run());
    } catch (IllegalArgumentException | UnsupportedOperationException unknown) {
      return null;
    }
  }

  private static void restore(String name, SignalHandler previous) {
    if (previous != null) {
      try {
        Signal.handle(new Signal(name), previous);
      } catch (IllegalArgumentException | UnsupportedOperationException unknown) {
        // registered above, so known; nothing to give back otherwise
      }
    }
  }

  @Override
  public void close() {
    restore("TSTP", tstp);
    restore("CONT", cont);
  }
}
