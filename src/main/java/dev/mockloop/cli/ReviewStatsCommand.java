package dev.mockloop.cli;

import dev.mockloop.bank.Level;
import dev.mockloop.engine.RoundTitle;
import dev.mockloop.io.Plural;
import dev.mockloop.report.Format;
import dev.mockloop.report.SelfRatingStatsReport;
import dev.mockloop.report.StatsReport;
import dev.mockloop.session.PrincipleEvidence;
import dev.mockloop.session.ResultCache;
import dev.mockloop.session.SelfRatingStats;
import dev.mockloop.session.Stats;
import dev.mockloop.session.StatsView;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code mockloop review stats}: sessions and minutes practised, average score per level and per
 * dimension, the score trend by session and by week, and the most-missed key points.
 */
@Command(
    name = "stats",
    description = "Progress over time: averages, trend, most-missed key points.")
public final class ReviewStatsCommand implements Callable<Integer> {
  @ParentCommand ReviewCommand review;

  @Spec CommandSpec spec;

  @Option(
      names = "--level",
      paramLabel = "L6|L7",
      converter = QuestionsLevelConverter.class,
      description = "Only sessions at this level.")
  Level level;

  @Override
  public Integer call() {
    return print(review.root, spec.commandLine().getOut());
  }

  /** Runs the command with these options (also {@link FastPath}'s way in, without picocli). */
  int print(RootCommand root, PrintWriter out) {
    String key = ReviewCache.key(root, "stats", "level=" + level); // once: it stats the bank
    Path dir = ReviewSupport.store(root).dir();
    String text = key == null ? null : ResultCache.get(dir, key);
    if (text == null) {
      ListingAhead listing = ListingAhead.start(root); // the bank's tags, while the view is read
      StatsView view;
      try {
        view = ReviewSupport.statsView(root);
        text = text(root, view, listing);
      } finally {
        listing.await(); // read by now when there are sessions; else not cut short by the exit
      }
      if (key != null) {
        ResultCache.put(dir, key, view.stamp(), text);
      }
    }
    out.print(text);
    out.flush();
    return 0;
  }

  /** The whole report from the folder's stats view. */
  private String text(RootCommand root, StatsView view, ListingAhead listing) {
    StringWriter sw = new StringWriter(1 << 14);
    PrintWriter out = new PrintWriter(sw);
    Stats stats = view.stats(level, ReviewSupport.weeksZone(root.env()));
    int width = QuestionsText.width(root.env());
    out.print(ReportText.render(StatsReport.of(stats, level, width), width, false));
    boolean any = view.sessions(level) > 0;
    if (any) {
      principles(listing, view, level, out);
      out.print(
          ReportText.render(
              SelfRatingStatsReport.of(SelfRatingStats.of(view.rated(level))), width, false));
    }
    if (view.unreadable() > 0) {
      out.println();
      out.println(
          Plural.of(view.unreadable(), "unreadable session file")
              + " not counted;"
              + " `mockloop review list` shows why.");
    }
    out.flush();
    return sw.toString();
  }

  /** The principles technical rounds gave evidence of, from the bank's {@code lp:} tags. */
  private static void principles(
      ListingAhead listing, StatsView view, Level level, PrintWriter out) {
    List<PrincipleEvidence> ev;
    try {
      ev = view.evidence(level, listing.get()); // the tags, not the whole bank
    } catch (RuntimeException e) {
      return; // the bank's own problem is reported by the commands that need it
    }
    if (ev.isEmpty()) {
      return;
    }
    out.println();
    out.println("Principles evidenced in technical rounds (tagged points covered)");
    for (PrincipleEvidence p : ev) {
      out.println(
          "  "
              + Format.left(RoundTitle.principle(p.principle()), 32)
              + " "
              + Format.right(Format.d(p.percent()), 3)
              + "%  "
              + Format.d(p.covered())
              + " of "
              + Plural.of(p.asked(), "point"));
    }
  }
}
