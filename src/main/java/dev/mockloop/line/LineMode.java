package dev.mockloop.line;

import dev.mockloop.engine.PlanRequest;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
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
    if (!interactive) {
      return piped(System.in, System.out);
    }
    TerminalBuilder b =
        TerminalBuilder.builder()
            .name("mockloop")
            .encoding(StandardCharsets.UTF_8)
            .dumb(true)
            .system(true);
    String term = env.getOrDefault("TERM", "");
    if (term.isBlank() || term.equals(Terminal.TYPE_DUMB)) {
      b.type(Terminal.TYPE_DUMB);
    }
    return b.build();
  }

  /**
   * A terminal over piped streams: quiet ({@link #quiet}), wide enough that JLine never wraps the
   * answer it prints once accepted (at its default 160 columns it broke a long line with a space
   * and a carriage return), and with no carriage return written (JLine's own, and the line
   * discipline's before each newline), as a file or a pipe wants.
   */
  static Terminal piped(InputStream in, OutputStream out) throws IOException {
    Terminal t =
        TerminalBuilder.builder()
            .name("mockloop")
            .encoding(StandardCharsets.UTF_8)
            .dumb(true)
            .system(false)
            .streams(in, new NoCarriageReturn(out))
            .type(Terminal.TYPE_DUMB)
            .size(new Size(PIPED_COLUMNS, 50))
            .paused(true)
            .build();
    quiet(t);
    return t;
  }

  /** The piped terminal's width: no answer line is that long, and it fits JLine's size fields. */
  static final int PIPED_COLUMNS = 30_000;

  /** Drops every carriage return on its way to a pipe or a file. */
  private static final class NoCarriageReturn extends FilterOutputStream {
    NoCarriageReturn(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      if (b != '\r') {
        out.write(b);
      }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      int from = off;
      for (int i = off; i < off + len; i++) {
        if (b[i] == '\r') {
          out.write(b, from, i - from);
          from = i + 1;
        }
      }
      out.write(b, from, off + len - from);
    }
  }
}
