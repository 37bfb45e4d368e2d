package dev.mockloop.report;

import dev.mockloop.engine.Dispute;
import dev.mockloop.io.Plural;
import dev.mockloop.report.ReportLine.Run;
import dev.mockloop.report.ReportLine.Tone;
import dev.mockloop.report.RoundResult.Part;
import dev.mockloop.scoring.Evidence;
import dev.mockloop.scoring.Flag;
import dev.mockloop.scoring.PointResult;
import dev.mockloop.scoring.ScoreCard;
import java.util.ArrayList;
import java.util.List;

/**
 * One scored answer as report lines: its heading, the covered points with the matched words (a list
 * item's third of the credit said), the missed points with what was not counted and the hint (or
 * the user's "I covered this" mark), the flags, and the answer with its matched words as {@link
 * Tone#HIGHLIGHT}. The results screen, line mode, the review browser, {@code review show} and
 * {@code score} all show a card this way.
 */
final class AnswerLines {
  private final List<ReportLine> out;

  private AnswerLines(List<ReportLine> out) {
    this.out = out;
  }

  /** Adds {@code a}'s lines, after a gap, to {@code out}. */
  static void add(Part a, List<ReportLine> out) {
    AnswerLines l = new AnswerLines(out);
    out.add(ReportLine.gap());
    l.add(
        (a.isMain() ? "Main answer" : "Follow-up " + a.followUp() + ": " + a.ask())
            + "  ("
            + a.card().score()
            + "/100)",
        Tone.HEADING);
    if (!a.why().isEmpty()) {
      l.add("Why it was asked: " + a.why(), Tone.DIM);
    }
    l.points(a);
    l.add("Your answer, matched words highlighted:", Tone.DIM);
    out.add(AnswerMarks.of(a.text(), a.card()));
  }

  /** The points and flags of a card, without the answer (for {@code score}). */
  static void points(ScoreCard card, List<ReportLine> out) {
    new AnswerLines(out).points(new Part(0, "", "", "", card, 0, false, List.of()));
  }

  private void points(Part a) {
    ScoreCard card = a.card();
    long marked = card.missed().stream().filter(p -> a.dispute(p.id()).isPresent()).count();
    add(
        "Covered "
            + card.covered().size()
            + " of "
            + Plural.of(card.points().size(), "key point")
            + (marked == 0 ? "" : "; you marked " + marked + " more as covered"),
        Tone.GOOD);
    for (PointResult p : card.covered()) {
      point(p.listed() ? "½ " : "✓ ", p.listed() ? Tone.WARN : Tone.GOOD, p);
      if (!p.evidence().isEmpty()) {
        add("    - matched: " + quoted(p.evidence()), Tone.DIM);
      }
      if (p.listed()) {
        add(
            "    - named only in a list of terms, so a third of the credit: say how it applies "
                + "here",
            Tone.WARN);
      }
    }
    for (PointResult p : card.missed()) {
      Dispute d = a.dispute(p.id()).orElse(null);
      if (d != null) {
        point("✓ ", Tone.GOOD, p);
        add(
            "    - covered (you said: \""
                + Format.oneLine(d.sentence())
                + "\"); the scorer "
                + "missed it",
            Tone.DIM);
        continue;
      }
      point("✗ ", Tone.BAD, p);
      if (!p.negated().isEmpty()) {
        add("    - negated or dismissed, so not counted: " + quoted(p.negated()), Tone.DIM);
      }
      if (!p.echoed().isEmpty()) {
        add("    - only restates the question, so not counted: " + quoted(p.echoed()), Tone.DIM);
      }
      if (!p.unquantified().isEmpty()) {
        add(
            "    - named without a number of your own, so not counted: " + quoted(p.unquantified()),
            Tone.DIM);
      }
      if (!p.hypothetical().isEmpty()) {
        add(
            "    - said as what you would do, not what you did, so not counted: "
                + quoted(p.hypothetical()),
            Tone.DIM);
      }
      if (!p.hint().isBlank()) {
        add("    - hint: " + p.hint(), Tone.DIM);
      }
    }
    for (Flag fl : card.flags()) {
      line(new Run("  ! " + fl.code() + ": ", Tone.WARN), new Run(fl.message(), Tone.NORMAL));
    }
  }

  private void point(String bullet, Tone tone, PointResult p) {
    line(
        new Run("  " + bullet, tone),
        new Run(p.point(), Tone.NORMAL),
        new Run("  [" + p.dimension() + ", weight " + p.weight() + "]", Tone.DIM));
  }

  /** The answer's words, each with the rubric phrase it matched when written differently. */
  private static String quoted(List<Evidence> ev) {
    List<String> q = new ArrayList<>();
    for (Evidence e : ev) {
      String text = Format.oneLine(e.text());
      boolean same = e.phrase() == null || text.equalsIgnoreCase(e.phrase());
      q.add("\"" + text + "\"" + (same ? "" : " (" + e.phrase() + ")"));
    }
    return String.join(", ", q);
  }

  private void add(String text, Tone tone) {
    out.add(ReportLine.of(text, tone));
  }

  private void line(Run... runs) {
    out.add(new ReportLine(List.of(runs)));
  }
}
