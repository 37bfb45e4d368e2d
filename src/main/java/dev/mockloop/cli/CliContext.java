package dev.mockloop.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Map;

/**
 * What a command may read of the world: the environment, standard input, the two output writers and
 * the clock. {@link Main#main} makes the one real context; tests make their own, so no command
 * reads {@code System.in}, {@code System.getenv} or {@code System.out} and no test swaps them
 * globally. {@link CliFactory} hands it to the root command, which the others reach through
 * {@code @ParentCommand}.
 */
public record CliContext(
    Map<String, String> env, InputStream in, PrintWriter out, PrintWriter err, Clock clock) {
  public CliContext {
    env = Map.copyOf(env);
  }

  /** The process's own environment, streams and clock. */
  static CliContext system() {
    return new CliContext(
        System.getenv(),
        System.in,
        new PrintWriter(new Utf8Writer(System.out), true),
        new PrintWriter(new Utf8Writer(System.err), true),
        Clock.systemUTC());
  }

  /** The same context writing to other writers (the {@link SafeWriter} wrappers). */
  CliContext withWriters(PrintWriter newOut, PrintWriter newErr) {
    return new CliContext(env, in, newOut, newErr, clock);
  }
}
