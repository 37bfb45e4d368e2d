package dev.mockloop.line;

import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.jline.utils.Signals;

/**
 * Delivers the process's SIGINT to a dumb terminal. On {@code TERM=dumb} the terminal stays in
 * cooked mode, so Ctrl-C reaches the process as a signal, not as a key; JLine's dumb terminal does
 * not listen for it, and the JVM would exit at once. With this bridge the signal becomes the
 * terminal's INT, so the reader stops with the text so far and the user is asked before quitting;
 * {@link CookedLine} recovers the half-typed line from the terminal driver.
 */
final class InterruptBridge implements AutoCloseable {
  private static final String INT = "INT";
  private final Object registration;

  private InterruptBridge(Object registration) {
    this.registration = registration;
  }

  static InterruptBridge forTerminal(Terminal terminal, boolean interactive) {
    if (!interactive || !(terminal instanceof DumbTerminal)) {
      return new InterruptBridge(null);
    }
    return new InterruptBridge(Signals.register(INT, () -> terminal.raise(Terminal.Signal.INT)));
  }

  @Override
  public void close() {
    if (registration != null) {
      Signals.unregister(INT, registration);
    }
  }
}
