package dev.mockloop.line;

import dev.mockloop.engine.PlanRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * Runs practice rounds in plain line-by-line mode with JLine 3: for {@code practice --plain},
 * {@code TERM=dumb}, or when stdin is not a terminal (answers piped from a file). Same engine,
 * scorer, transcripts and autosave as the TUI. Call it only when no Lanterna terminal is open: the
 * two never share the terminal.
 */
public final class LineMode {
  private LineMode() {}

  /**
   * Runs on the process's own terminal or pipes, then closes the JLine terminal.
   *
   * @param env the environment (TERM)
   * @return the transcripts written in this run
   */
  public static List<Path> run(
      LineContext ctx, Optional<PlanRequest> direct, Map<String, String> env) throws IOException {
    Terminal terminal = systemTerminal(env, ctx.interactive());
    InterruptBridge bridge = InterruptBridge.forTerminal(terminal, ctx.interactive());
    CookedLine cooked = CookedLine.open(terminal, ctx.interactive());
    try {
      return run(ctx, direct, terminal, cooked);
    } finally {
      cooked.close();
      bridge.close();
      terminal.close();
    }
  }

  /** Runs on {@code terminal} (tests pass one built on piped streams); leaves it open. */
  public static List<Path> run(LineContext ctx, Optional<PlanRequest> direct, Terminal terminal) {
    return run(ctx, direct, terminal, CookedLine.open(terminal, false));
  }

  private static List<Path> run(
      LineContext ctx, Optional<PlanRequest> direct, Terminal terminal, CookedLine cooked) {
    boolean dumb = terminal.getType().startsWith(Terminal.TYPE_DUMB);
    AnswerReader in = new AnswerReader(terminal, ctx.interactive());
    in.halfLine(cooked::drain);
    Printer out = new Printer(terminal, !ctx.noColor() && !dumb && ctx.interactive());
    LineApp app = new LineApp(ctx, in, out);
    Thread hook = new Thread(app::emergencySave, "mockloop-line-save-on-exit");
    Runtime.getRuntime().addShutdownHook(hook);
    Terminal.SignalHandler previous =
        terminal.handle(Terminal.Signal.INT, signal -> in.interruptLater());
    try {
      return app.run(direct);
    } finally {
      terminal.handle(Terminal.Signal.INT, previous);
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // the hook is already running; it saves the draft
      }
      terminal.flush();
    }
  }

  /**
   * Turns off the echo of a terminal over piped streams before it starts reading, so the answers
   * file is not copied to the output as it is read (line mode prints each answer once, after its
   * prompt, when it is accepted).
   */
  static void quiet(Terminal t) {
    Attributes a = t.getAttributes();
    a.setLocalFlag(Attributes.LocalFlag.ECHO, false);
    t.setAttributes(a);
    t.resume();
  }

  /**
   * The JLine terminal for this process, without any warning on stderr: a system terminal when a
   * person types at one ({@code TERM=dumb} gives a dumb one, with no status line), else a dumb
   * terminal over stdin and stdout.
   */
  static Terminal systemTerminal(Map<String, String> env, boolean interactive) throws IOException {
    TerminalBuilder b =
        TerminalBuilder.builder().name("mockloop").encoding(StandardCharsets.UTF_8).dumb(true);
    String term = env.getOrDefault("TERM", "");
    if (interactive) {
      b.system(true);
      if (term.isBlank() || term.equals(Terminal.TYPE_DUMB)) {
        b.type(Terminal.TYPE_DUMB);
      }
    } else {
      b.system(false).streams(System.in, System.out).type(Terminal.TYPE_DUMB).paused(true);
    }
    Terminal t = b.build();
    if (!interactive) {
      quiet(t);
    }
    return t;
  }
}
