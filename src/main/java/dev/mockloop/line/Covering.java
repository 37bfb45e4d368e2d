package dev.mockloop.line;

import dev.mockloop.engine.Loop;
import dev.mockloop.engine.MissedPoints;
import dev.mockloop.engine.MissedPoints.Missed;
import dev.mockloop.engine.Round;
import dev.mockloop.engine.RoundEvent;
import dev.mockloop.report.Format;
import dev.mockloop.report.ReportLine;
import dev.mockloop.report.ReportLine.Tone;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * "I covered this" in line mode: after a round's results, the missed points are listed by number
 * (once; the numbers stay the same); the user picks one, then the sentence of that answer that
 * covers it, and it is saved at once. Picking a point already marked takes the mark back. With
 * piped input the question is asked once, after the last round, over every round (between rounds it
 * would swallow a line of the next answer), and only when the input has more to read.
 */
final class Covering {
  private final LineApp app;

  Covering(LineApp app) {
    this.app = app;
  }

  /** After the results of the loop's current round. */
  void afterRound(Loop loop) {
    if (app.ctx.interactive()) {
      offer(List.of(loop.current()), false);
    } else if (!loop.hasNext() && app.in.moreInput()) {
      offer(loop.rounds(), loop.rounds().size() > 1);
    }
  }

  private void offer(List<Round> rounds, boolean roundLabels) {
    for (boolean first = true; ; first = false) {
      List<Missed> points = new ArrayList<>();
      List<Round> owners = new ArrayList<>();
      List<String> labels = new ArrayList<>();
      synchronized (app.guard) {
        for (Round r : rounds) {
          for (Missed m : MissedPoints.of(r.state())) {
            points.add(m);
            owners.add(r);
            labels.add((roundLabels ? "Round " + r.state().round() + " · " : "") + m.label());
          }
        }
      }
      if (points.isEmpty()) {
        return;
      }
      if (first) {
        list(points, labels);
      }
      Optional<Integer> n =
          number(
              "Mark "
                  + (first ? "a" : "another")
                  + " missed point as"
                  + " covered? (number, or Enter to go on) ",
              points.size());
      if (n.isEmpty()) {
        return;
      }
      Missed m = points.get(n.get() - 1);
      if (m.marked()) {
        apply(owners.get(n.get() - 1), m.unmark());
        app.out.print(
            "Mark taken back: " + m.point().id() + " is missed again, as the scorer" + " said.",
            Tone.DIM);
        continue;
      }
      app.out.print(ReportLine.gap());
      app.out.print(
          "Which sentence of your answer says \"" + m.point().point() + "\"?", Tone.HEADING);
      for (int i = 0; i < m.sentences().size(); i++) {
        app.out.print(
            "  " + (i + 1) + ". " + Format.oneLine(m.sentences().get(i).text()), Tone.NORMAL);
      }
      Optional<Integer> s = number("Sentence number (Enter to cancel) ", m.sentences().size());
      if (s.isPresent()) {
        apply(owners.get(n.get() - 1), m.markWith(s.get() - 1));
        app.out.print(
            "Marked covered: "
                + Format.oneLine(m.point().point())
                + " (you said: \""
                + Format.oneLine(m.sentences().get(s.get() - 1).text())
                + "\"). Saved.",
            Tone.GOOD);
      }
    }
  }

  private void list(List<Missed> points, List<String> labels) {
    app.out.print(ReportLine.gap());
    app.out.print("I covered this: points the scorer missed, to mark as covered", Tone.HEADING);
    for (int i = 0; i < points.size(); i++) {
      Missed m = points.get(i);
      String mark = m.marked() ? "✓ " : "✗ ";
      String said =
          m.marked()
              ? " (covered: you said \""
                  + Format.oneLine(m.mark().sentence())
                  + "\"; choose it to take the mark back)"
              : "";
      app.out.print(
          "  " + (i + 1) + ". " + labels.get(i) + " · " + mark + m.point().point() + said,
          m.marked() ? Tone.GOOD : Tone.NORMAL);
    }
  }

  /** A number from 1 to {@code max}, asked until it is one; empty on Enter or end of input. */
  private Optional<Integer> number(String prompt, int max) {
    while (true) {
      Optional<String> reply = app.in.line(prompt);
      String r = reply.map(String::strip).orElse("");
      if (r.isEmpty()) {
        return Optional.empty();
      }
      try {
        int n = Integer.parseInt(r);
        if (n >= 1 && n <= max) {
          return Optional.of(n);
        }
      } catch (NumberFormatException notANumber) {
        // asked again below
      }
      app.out.print(
          (max == 1 ? "Type 1" : "Type a number from 1 to " + max) + ", or just Enter.", Tone.WARN);
    }
  }

  private void apply(Round round, RoundEvent e) {
    synchronized (app.guard) {
      app.run().on(round, e);
    }
  }
}
