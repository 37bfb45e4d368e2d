package dev.mockloop.cli;

import dev.mockloop.bank.Level;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code mockloop review}: past sessions. In a terminal it opens the review browser; otherwise (a
 * pipe, {@code TERM=dumb}) it prints the list, as {@code review list} does.
 */
@Command(
    name = "review",
    description = {
      "Review past sessions, export them, see progress over time.",
      "Without a subcommand: the review browser in a terminal; the list when output is not"
          + " a terminal or a list option is given."
    },
    subcommands = {
      ReviewListCommand.class,
      ReviewShowCommand.class,
      ReviewExportCommand.class,
      ReviewStatsCommand.class,
      ReviewDisputesCommand.class
    })
public final class ReviewCommand implements Callable<Integer> {
  @ParentCommand RootCommand root;

  @Spec CommandSpec spec;

  @Option(
      names = "--level",
      paramLabel = "L6|L7",
      converter = QuestionsLevelConverter.class,
      description = "Print the list, only sessions at this level (as `review list`).")
  Level level;

  @Option(
      names = "--topic",
      paramLabel = "TOPIC",
      description = "Print the list, only sessions with a round on this topic.")
  String topic;

  @Option(names = "--json", description = "Print the list as JSON (as `review list --json`).")
  boolean json;

  @Override
  public Integer call() throws Exception {
    boolean listAsked = level != null || topic != null || json;
    if (!listAsked && ReviewBrowserLauncher.canRun(root)) {
      return ReviewBrowserLauncher.run(root, spec.commandLine().getOut());
    }
    return new ReviewListCommand().print(root, level, topic, json, spec.commandLine().getOut());
  }
}
