package dev.mockloop.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.mockloop.scoring.PointCheck;
import dev.mockloop.session.DisputedPoint;
import dev.mockloop.session.History;
import dev.mockloop.session.SessionStore;
import dev.mockloop.session.SessionSummary;
import dev.mockloop.session.StoredSession;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code mockloop review disputes}: every point the scorer missed and the user marked as covered
 * ("I covered this"), with the sentence they said, grouped by scenario and point, so bank authors
 * can add the ways people actually say it. Only the transcripts the index marks as disputed are
 * read.
 */
@Command(
    name = "disputes",
    description = {
      "List the points the scorer missed and you marked as covered, with what you"
          + " said: session, date, scenario, level, main answer or follow-up, the point and your"
          + " sentence, grouped by scenario and point (for bank authors)."
    })
public final class ReviewDisputesCommand implements Callable<Integer> {
  @ParentCommand ReviewCommand review;

  @Spec CommandSpec spec;

  @Option(names = "--json", description = "Print JSON: one object per disputed point.")
  boolean json;

  @Override
  public Integer call() throws JsonProcessingException {
    RootCommand root = review.root;
    History h = ReviewSupport.history(root);
    SessionStore store = ReviewSupport.store(root);
    List<DisputedPoint> found = new ArrayList<>();
    List<StoredSession.Unreadable> unreadable = new ArrayList<>(h.unreadable());
    for (SessionSummary s : h.sessions()) {
      if (!s.disputed()) {
        continue;
      }
      StoredSession stored = store.load(s.id()).orElse(null);
      if (stored instanceof StoredSession.Readable r) {
        found.addAll(DisputedPoint.of(r.transcript()));
      } else if (stored instanceof StoredSession.Unreadable u) {
        unreadable.add(u);
      }
    }
    found.sort(DisputedPoint.ORDER);
    Map<DisputedPoint, PointCheck.Result> checks = DisputeChecks.of(root, found);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(DisputesText.json(found, checks, unreadable));
    } else {
      out.print(
          DisputesText.render(
              found,
              checks,
              unreadable,
              store.dir(),
              ReviewSupport.zone(root.env()),
              QuestionsText.width(root.env())));
    }
    out.flush();
    return 0;
  }
}
