package dev.mockloop.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import picocli.CommandLine.Help.Ansi;

/** Entry point. {@link #run} takes a {@link CliContext} so tests can drive it. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    CliContext context = CliContext.system();
    int status = run(args, context);
    context.out().flush();
    context.err().flush();
    System.exit(status);
  }

  /** Runs one command with no standard input and the system clock. */
  public static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env) {
    return run(
        args, new CliContext(env, InputStream.nullInputStream(), out, err, Clock.systemUTC()));
  }

  /** Runs one command; all output passes through {@link SafeWriter}. */
  public static int run(String[] args, CliContext given) {
    BooleanSupplier colour = new ColourAllowed(args, given.env());
    PrintWriter safeOut = new PrintWriter(new SafeWriter(given.out(), colour), true);
    PrintWriter safeErr = new PrintWriter(new SafeWriter(given.err(), colour), true);
    CliContext context = given.withWriters(safeOut, safeErr);
    try {
      if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
        safeOut.println("mockloop " + VersionProvider.version()); // no command model needed
        return 0;
      }
      if (args.length == 0) {
        return Cli.home(context); // the home screen: no command model needed
      }
      Integer fast = FastPath.run(args, context);
      if (fast != null) {
        return fast;
      }
      return Cli.build(context, List.of(args)).execute(args);
    } finally {
      safeOut.flush();
      safeErr.flush();
    }
  }

  /**
   * {@link #colourAllowed}, asked by {@link SafeWriter} at the first escape. A class, not a lambda:
   * the first lambda of a run sets up the JVM's method-handle machinery, a few milliseconds that a
   * look-up command otherwise never spends.
   */
  private static final class ColourAllowed implements BooleanSupplier {
    private final String[] args;
    private final Map<String, String> env;

    ColourAllowed(String[] args, Map<String, String> env) {
      this.args = args;
      this.env = env;
    }

    @Override
    public boolean getAsBoolean() {
      return colourAllowed(args, env);
    }
  }

  /** True when output may carry colour: a terminal, and neither --no-color nor NO_COLOR. */
  static boolean colourAllowed(String[] args, Map<String, String> env) {
    String nc = env.get("NO_COLOR");
    return (nc == null || nc.isEmpty())
        && !Arrays.asList(args).contains("--no-color")
        && Ansi.AUTO.enabled();
  }
}
