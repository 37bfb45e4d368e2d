package dev.mockloop.cli;

import dev.mockloop.bank.Level;
import dev.mockloop.engine.Plural;
import dev.mockloop.session.History;
import dev.mockloop.session.Stats;
import dev.mockloop.session.StatsCalculator;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mockloop review stats}: sessions and minutes practised, average score per level and
 * per dimension, the score trend by session and by week, and the most-missed key points.
 */
@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Progress over time: averages, trend, most-missed key points.")
public final class ReviewStatsCommand implements Callable<Integer> {
  static final int TOP_MISSED = 10;

  @Spec CommandSpec spec;

  @Option(names = "--level", paramLabel = "L6|L7", converter = QuestionsLevelConverter.class,
      description = "Only sessions at this level.")
  Level level;

  @Override
  public Integer call() {
    return print(ReviewSupport.root(spec), spec.commandLine().getOut());
  }

  /** Runs the command with these options (also {@link FastPath}'s way in, without picocli). */
  int print(RootCommand root, PrintWriter out) {
    History h = ReviewSupport.history(root).filter(level, null);
    Stats stats = StatsCalculator.of(h, ReviewSupport.zone(root.env()), TOP_MISSED);
    out.print(StatsText.render(stats, level, QuestionsText.width(root.env())));
    if (!h.unreadable().isEmpty()) {
      out.println();
      out.println(Plural.of(h.unreadable().size(), "unreadable session file") + " not counted;"
          + " `mockloop review list` shows why.");
    }
    out.flush();
    return 0;
  }
}
