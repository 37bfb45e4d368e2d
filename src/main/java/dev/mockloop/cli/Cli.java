package dev.mockloop.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import dev.mockloop.engine.RoundSettings;
import picocli.CommandLine;
import picocli.CommandLine.HelpCommand;

/**
 * Builds the {@link CommandLine}: the command tree, output writers, the exit-code mapping and the
 * handler that turns exceptions into messages (never a stack trace unless {@code --debug}).
 */
public final class Cli {
  /** Every subcommand, in the order {@code --help} lists them. */
  private static final Map<String, Supplier<Object>> SUBCOMMANDS = new LinkedHashMap<>();

  static {
    SUBCOMMANDS.put("practice", PracticeCommand::new);
    SUBCOMMANDS.put("review", ReviewCommand::new);
    SUBCOMMANDS.put("questions", QuestionsCommand::new);
    SUBCOMMANDS.put("score", ScoreCommand::new);
    SUBCOMMANDS.put("completion", CompletionCommand::new);
    SUBCOMMANDS.put("cds-training", CdsTrainingCommand::new);
    SUBCOMMANDS.put("help", HelpCommand::new);
  }

  /** Other spellings of subcommands: the app says "practise" everywhere. */
  private static final Map<String, String> ALIASES = Map.of("practise", "practice");

  /** Root options that take a value (their value is never a subcommand name). */
  private static final Set<String> VALUED = Set.of("--questions", "--sessions");
  /** Root flags that need no subcommand model. */
  private static final Set<String> ROOT_FLAGS = Set.of("-V", "--version", "--no-color", "--debug");

  private Cli() {}

  /** The full command tree, as {@code --help} shows it. */
  public static CommandLine build(PrintWriter out, PrintWriter err, Map<String, String> env) {
    return build(out, err, env, List.of("--help"));
  }

  /**
   * The command tree for these arguments. picocli builds a command's model by reflection, which
   * costs start-up time per class, so only the subcommand the arguments name is added (all of
   * them for help, for no known name, or for a typo that picocli should answer).
   */
  public static CommandLine build(
      PrintWriter out, PrintWriter err, Map<String, String> env, List<String> args) {
    RootCommand root = new RootCommand(env);
    CommandLine cl = new CommandLine(root);
    String name = subcommandName(args);
    if (name != null) {
      cl.addSubcommand(name, SUBCOMMANDS.get(name).get());
    } else if (!onlyRootOptions(args)) {
      SUBCOMMANDS.forEach((n, s) -> cl.addSubcommand(n, s.get()));
    }
    cl.setOut(out);
    cl.setErr(err);
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
  static int home(PrintWriter out, PrintWriter err, Map<String, String> env) {
    try {
      return PracticeLauncher.run(new RootCommand(env), RoundSettings.DEFAULT, Optional.empty(),
          out, err);
    } catch (Exception e) {
      return report(e, err, false);
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

  /** True when every argument is a root option (or its value): the home screen, --version. */
  private static boolean onlyRootOptions(List<String> args) {
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (VALUED.contains(a)) {
        i++;
      } else if (!(ROOT_FLAGS.contains(a) || VALUED.stream().anyMatch(v -> a.startsWith(v + "=")))) {
        return false;
      }
    }
    return true;
  }

  /** The known subcommand the arguments name, or null (help asked, none, or unknown). */
  private static String subcommandName(List<String> args) {
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (VALUED.contains(a)) {
        i++;
      } else if (a.equals("-h") || a.equals("--help") || a.equals("help")) {
        return null;
      } else if (!a.startsWith("-")) {
        String name = ALIASES.getOrDefault(a, a);
        return SUBCOMMANDS.containsKey(name) && !name.equals("help") ? name : null;
      }
    }
    return null;
  }
}
