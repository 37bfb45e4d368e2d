package dev.mockloop.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Map;

/**
 * What a command may read of the world: the environment, standard input, the two output writers and
 * the clock. {@link Main#main} makes the one real context; tests make their own, so no command
 * reads {@code System.in}, {@code System.getenv} or {@code System.out} and no test swaps them
 * globally. {@link CliFactory} hands it to the root command, which the others reach through
 * {@code @ParentCommand}. {@code stdout}, when not null, is the stream under {@code out}: a long
 * output already in UTF-8 and clean of terminal control ({@link CleanBytes}) is written to it as it
 * is, which is what {@code out} would write.
 */
public record CliContext(
    Map<String, String> env,
    InputStream in,
    PrintWriter out,
    PrintWriter err,
    Clock clock,
    OutputStream stdout) {
  public CliContext {
    env = Map.copyOf(env);
  }

  /** A context whose output all goes through {@code out} (no {@link #stdout}). */
  public CliContext(
      Map<String, String> env, InputStream in, PrintWriter out, PrintWriter err, Clock clock) {
    this(env, in, out, err, clock, null);
  }

  /** The process's own environment, streams and clock. */
  static CliContext system() {
    return new CliContext(
        System.getenv(),
        System.in,
        new PrintWriter(new Utf8Writer(System.out), true),
        new PrintWriter(new Utf8Writer(System.err), true),
        Clock.systemUTC(),
        System.out);
  }

  /** The same context writing to other writers (the {@link SafeWriter} wrappers). */
  CliContext withWriters(PrintWriter newOut, PrintWriter newErr) {
    return new CliContext(env, in, newOut, newErr, clock, stdout);
  }
}
