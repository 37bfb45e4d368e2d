package dev.mockloop.line;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.jline.utils.NonBlockingReader;

/**
 * Rescues the line being typed on a {@code TERM=dumb} terminal. Such a terminal stays in cooked
 * mode: the line being typed sits in the terminal driver until Enter, out of the program's reach.
 * At a time-out or Ctrl-C that half line would be lost (or, worse, arrive later as the start of the
 * next answer). So for the session the driver keeps its input on Ctrl-C ({@code noflsh}), and
 * {@link #drain} switches briefly to non-canonical mode, which hands the half line over. Best
 * effort: where {@code stty} fails, nothing changes and {@link #drain} returns "".
 */
final class CookedLine implements AutoCloseable {
  /**
   * How long the first character of the half line may take to come through. It is JLine's reading
   * thread that takes it from the driver once canonical mode is off, and on a busy machine that
   * thread can wait well over the {@link #QUIET_MS} between characters to be scheduled: with one
   * short window for the first character too, the half line was sometimes given up on ("") and then
   * arrived later, as the reply to the quit question.
   */
  static final long FIRST_MS = 600;

  /** The quiet after the last character that ends the half line. */
  static final long QUIET_MS = 80;

  private final Terminal terminal;
  private final String original;
  private final String session;

  private CookedLine(Terminal terminal, String original, String session) {
    this.terminal = terminal;
    this.original = original;
    this.session = session;
  }

  /** Active only for a person typing at a dumb terminal; otherwise a no-op. */
  static CookedLine open(Terminal terminal, boolean interactive) {
    if (!interactive || !(terminal instanceof DumbTerminal)) {
      return new CookedLine(terminal, null, null);
    }
    String original = stty("-g");
    if (original == null || stty("noflsh") == null) {
      return new CookedLine(terminal, null, null);
    }
    return new CookedLine(terminal, original, stty("-g"));
  }

  /** The characters typed on the current line but not yet entered; "" when there are none. */
  String drain() {
    if (session == null || stty("-icanon", "min", "1", "time", "0") == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    try {
      collect(terminal.reader(), FIRST_MS, QUIET_MS, sb);
    } catch (IOException e) {
      // keep what was read
    } finally {
      stty(session);
    }
    return sb.toString();
  }

  /**
   * Reads what {@code r} delivers into {@code sb}: the first character within {@code firstMs}, each
   * next one within {@code quietMs} of the last.
   */
  static void collect(NonBlockingReader r, long firstMs, long quietMs, StringBuilder sb)
      throws IOException {
    int c;
    long wait = firstMs;
    while ((c = r.read(wait)) >= 0) {
      sb.append((char) c);
      wait = quietMs;
    }
  }

  @Override
  public void close() {
    if (original != null) {
      stty(original);
    }
  }

  /** Runs stty on the terminal (stdin); its output, or null when it failed. */
  private static String stty(String... args) {
    List<String> cmd = new ArrayList<>(List.of("stty"));
    cmd.addAll(List.of(args));
    try {
      Process p =
          new ProcessBuilder(cmd)
              .redirectInput(ProcessBuilder.Redirect.INHERIT)
              .redirectErrorStream(true)
              .start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      if (!p.waitFor(5, TimeUnit.SECONDS) || p.exitValue() != 0) {
        p.destroyForcibly();
        return null;
      }
      return out;
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }
}
