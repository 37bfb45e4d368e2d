package dev.mockloop.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The subcommands and which of them a command line needs. picocli builds a command's model by
 * reflection, which costs start-up time per class, so {@link Cli#build} adds only the one the
 * arguments name. The arguments are read with the root's own {@link CommandSpec} (which options it
 * has, which take a value, which ask for help) and the names and aliases of each class's
 * {@code @Command}, so there is no second list of options or spellings to keep in step.
 */
final class Subcommands {
  /** Every subcommand, in the order {@code --help} lists them. */
  static final List<Class<?>> ALL =
      List.of(
          PracticeCommand.class,
          ReviewCommand.class,
          QuestionsCommand.class,
          ScoreCommand.class,
          CompletionCommand.class,
          CdsTrainingCommand.class,
          HelpCommand.class);

  /** Each name and alias, to its class. */
  private static final Map<String, Class<?>> BY_NAME = new LinkedHashMap<>();

  static {
    for (Class<?> c : ALL) {
      Command cmd = c.getAnnotation(Command.class);
      BY_NAME.put(cmd.name(), c);
      for (String alias : cmd.aliases()) {
        BY_NAME.put(alias, c);
      }
    }
  }

  /** What the root needs for a command line: no subcommand, one, or all of them. */
  sealed interface Need {
    record None() implements Need {}

    record One(Class<?> command) implements Need {}

    record All() implements Need {}
  }

  private Subcommands() {}

  /**
   * All of them for help, for an unknown word or option (so picocli can suggest a spelling), none
   * when every argument is a root option, else the one named.
   */
  static Need needed(CommandSpec root, List<String> args) {
    boolean onlyRoot = true;
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (!a.startsWith("-")) {
        Class<?> c = BY_NAME.get(a);
        return c == null || c == HelpCommand.class ? new Need.All() : new Need.One(c);
      }
      int eq = a.indexOf('=');
      OptionSpec o = root.findOption(eq > 0 ? a.substring(0, eq) : a);
      if (o == null) {
        onlyRoot = false;
      } else if (o.usageHelp()) {
        return new Need.All();
      } else if (eq < 0 && o.arity().min() > 0) {
        i++; // its value, which may look like a subcommand name (a folder called questions)
      }
    }
    return onlyRoot ? new Need.None() : new Need.All();
  }
}
