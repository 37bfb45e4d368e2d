package dev.mockloop.cli;

import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine;

/**
 * Builds the {@link CommandLine}: the command tree, output writers, the exit-code mapping and the
 * handler that turns exceptions into messages (never a stack trace unless {@code --debug}).
 */
public final class Cli {
  private Cli() {}

  public static CommandLine build(PrintWriter out, PrintWriter err, Map<String, String> env) {
    RootCommand root = new RootCommand(env);
    CommandLine cl = new CommandLine(root);
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    // `--questions questions list`: a folder may be named like a subcommand
    cl.setAllowSubcommandsAsOptionParameters(true);
    cl.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          PrintWriter e = commandLine.getErr();
          if (ex instanceof UserException ue) {
            e.println("mockloop: " + ue.getMessage());
            e.flush();
            return ue.status();
          }
          e.println("mockloop: internal error: " + ex);
          if (root.debug()) {
            ex.printStackTrace(e);
          } else {
            e.println("Run again with --debug for the stack trace, and report it.");
          }
          e.flush();
          return 1;
        });
    return cl;
  }
}
