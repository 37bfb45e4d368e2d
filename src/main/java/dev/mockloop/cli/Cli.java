package dev.mockloop.cli;

import dev.mockloop.engine.RoundSettings;
import java.io.InputStream;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;

/**
 * Builds the {@link CommandLine}: the command tree, output writers, the exit-code mapping and the
 * handler that turns exceptions into messages (never a stack trace unless {@code --debug}).
 */
public final class Cli {
  private Cli() {}

  /** The full command tree, as {@code --help} shows it. */
  public static CommandLine build(PrintWriter out, PrintWriter err, Map<String, String> env) {
    return build(out, err, env, List.of("--help"));
  }

  /** As {@link #build(CliContext, List)}, with no standard input and the system clock. */
  public static CommandLine build(
      PrintWriter out, PrintWriter err, Map<String, String> env, List<String> args) {
    return build(
        new CliContext(env, InputStream.nullInputStream(), out, err, Clock.systemUTC()), args);
  }

  /**
   * The command tree for these arguments: the root (made by {@link CliFactory} with the context)
   * and only the subcommands {@link Subcommands#needed} says they need.
   */
  public static CommandLine build(CliContext context, List<String> args) {
    CliFactory factory = new CliFactory(context);
    CommandLine cl = new CommandLine(RootCommand.class, factory);
    RootCommand root = cl.getCommand();
    Subcommands.Need need = Subcommands.needed(cl.getCommandSpec(), args);
    for (Class<?> c : Subcommands.ALL) {
      if (need instanceof Subcommands.Need.All
          || need instanceof Subcommands.Need.One one && one.command() == c) {
        cl.addSubcommand(new CommandLine(c, factory));
      }
    }
    cl.setOut(context.out());
    cl.setErr(context.err());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    // `--questions questions list`: a folder may be named like a subcommand
    cl.setAllowSubcommandsAsOptionParameters(true);
    cl.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> report(ex, commandLine.getErr(), root.debug()));
    cl.setParameterExceptionHandler(Cli::badUsage);
    return cl;
  }

  /**
   * {@code mockloop} with no arguments: the home screen, as {@link RootCommand#call()} opens it,
   * without building the command model (that costs a third of start-up).
   */
  static int home(CliContext context) {
    try {
      return PracticeLauncher.run(
          new RootCommand(context),
          RoundSettings.DEFAULT,
          Optional.empty(),
          context.out(),
          context.err());
    } catch (Exception e) {
      return report(e, context.err(), false);
    }
  }

  /**
   * Bad usage: the error, any did-you-mean, and one line on where help is, instead of the whole
   * usage text (which pushed the error off a small screen). Exit 2.
   */
  private static int badUsage(CommandLine.ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    PrintWriter err = cmd.getErr();
    err.println("mockloop: " + ex.getMessage());
    CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
    err.println("Run '" + cmd.getCommandSpec().qualifiedName() + " --help' for usage.");
    err.flush();
    return 2;
  }

  /** A user error prints its message; anything else is an internal error (exit 1). */
  static int report(Exception ex, PrintWriter e, boolean debug) {
    if (ex instanceof UserException ue) {
      e.println("mockloop: " + ue.getMessage());
      e.flush();
      return ue.status();
    }
    e.println("mockloop: internal error: " + ex);
    if (debug) {
      ex.printStackTrace(e);
    } else {
      e.println("Run again with --debug for the stack trace, and report it.");
    }
    e.flush();
    return 1;
  }
}
