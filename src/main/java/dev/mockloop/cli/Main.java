package dev.mockloop.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import picocli.CommandLine.Help.Ansi;

/** Entry point. {@link #run} takes its streams and environment so tests can drive it. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    int status = run(args, out, err, System.getenv());
    out.flush();
    err.flush();
    System.exit(status);
  }

  /** Runs one command; all output passes through {@link SafeWriter}. */
  public static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env) {
    BooleanSupplier colour = () -> colourAllowed(args, env);
    PrintWriter safeOut = new PrintWriter(new SafeWriter(out, colour), true);
    PrintWriter safeErr = new PrintWriter(new SafeWriter(err, colour), true);
    try {
      if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
        safeOut.println("mockloop " + VersionProvider.version()); // no command model needed
        return 0;
      }
      if (args.length == 0) {
        return Cli.home(safeOut, safeErr, env); // the home screen: no command model needed
      }
      Integer fast = FastPath.run(args, safeOut, safeErr, env);
      if (fast != null) {
        return fast;
      }
      return Cli.build(safeOut, safeErr, env, List.of(args)).execute(args);
    } finally {
      safeOut.flush();
      safeErr.flush();
    }
  }

  /** True when output may carry colour: a terminal, and neither --no-color nor NO_COLOR. */
  static boolean colourAllowed(String[] args, Map<String, String> env) {
    String nc = env.get("NO_COLOR");
    return (nc == null || nc.isEmpty()) && !Arrays.asList(args).contains("--no-color")
        && Ansi.AUTO.enabled();
  }
}
