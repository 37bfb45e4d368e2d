package dev.mockloop.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code mockloop review}: past sessions. In a terminal it opens the review browser; otherwise
 * (a pipe, {@code TERM=dumb}) it prints the list, as {@code review list} does.
 */
@Command(
    name = "review",
    mixinStandardHelpOptions = true,
    description = {"Review past sessions, export them, see progress over time.",
        "Without a subcommand: the review browser in a terminal, else the list."},
    subcommands = {ReviewListCommand.class, ReviewShowCommand.class, ReviewExportCommand.class,
        ReviewStatsCommand.class})
public final class ReviewCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    RootCommand root = ReviewSupport.root(spec);
    if (ReviewBrowserLauncher.canRun(root)) {
      return ReviewBrowserLauncher.run(root, spec.commandLine().getOut());
    }
    return new ReviewListCommand().print(root, null, null, false, spec.commandLine().getOut());
  }
}
