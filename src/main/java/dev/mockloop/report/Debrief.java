package dev.mockloop.report;

import dev.mockloop.bank.Level;
import dev.mockloop.engine.DebriefRound;
import dev.mockloop.engine.LoopVerdict;
import dev.mockloop.engine.RoundTitle;
import dev.mockloop.engine.WorkOnNext;
import dev.mockloop.io.Plural;
import dev.mockloop.report.ReportLine.Tone;
import dev.mockloop.scoring.GradeBand;
import dev.mockloop.scoring.PointResult;
import dev.mockloop.scoring.ScoreCard;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The end of a loop read as a debrief: per round its grade band and the one point that most moved
 * it, the Leadership Principles evidenced across the loop and those still to probe, the verdict at
 * the level asked ({@link LoopVerdict}), and the top three things to work on next, each with the
 * command that drills it ({@link WorkOnNext}). Shared by the TUI, line mode, {@code review show}
 * and the Markdown export.
 */
public final class Debrief {
  private final List<ReportLine> out = new ArrayList<>();

  private Debrief() {}

  public static List<ReportLine> of(List<DebriefRound> rounds) {
    Debrief d = new Debrief();
    List<DebriefRound> scored = rounds.stream().filter(DebriefRound::scored).toList();
    if (scored.isEmpty()) {
      return List.of();
    }
    d.add("Debrief", Tone.HEADING);
    rounds.forEach(d::round);
    d.principles(scored);
    d.verdict(scored);
    d.workOn(WorkOnNext.of(scored, 3));
    return List.copyOf(d.out);
  }

  private void round(DebriefRound r) {
    if (!r.scored()) {
      add("  Round " + r.round() + " · not scored · " + r.title(), Tone.DIM);
      return;
    }
    GradeBand band = GradeBand.of(r.score());
    add(
        "  Round " + r.round() + " · " + band + " (" + r.score() + ") · " + r.title(),
        Format.scoreTone(r.score()));
    PointResult moved = DebriefRound.moved(r.cards(), band.grade() >= 3);
    if (moved != null) {
      add(
          "    - "
              + (moved.covered() ? "lifted most by: ✓ " : "held back most by: ✗ ")
              + moved.point().strip()
              + " ["
              + moved.dimension()
              + ", weight "
              + moved.weight()
              + "]",
          moved.covered() ? Tone.GOOD : Tone.WARN);
    }
  }

  private void principles(List<DebriefRound> scored) {
    Map<String, Integer> evidenced = new LinkedHashMap<>();
    Set<String> probe = new LinkedHashSet<>();
    for (DebriefRound r : scored) {
      r.principles().evidenced().forEach((k, v) -> evidenced.merge(k, v, Integer::sum));
      probe.addAll(r.principles().toProbe());
    }
    probe.removeAll(evidenced.keySet());
    if (evidenced.isEmpty() && probe.isEmpty()) {
      return;
    }
    out.add(ReportLine.gap());
    add("Leadership Principles across the loop", Tone.HEADING);
    List<String> shown =
        evidenced.entrySet().stream()
            .sorted((x, y) -> y.getValue() - x.getValue())
            .map(
                e ->
                    RoundTitle.principle(e.getKey())
                        + " ("
                        + Plural.of(e.getValue(), "point")
                        + ")")
            .toList();
    add(
        "  evidenced: " + (shown.isEmpty() ? "none yet" : String.join(", ", shown)),
        shown.isEmpty() ? Tone.DIM : Tone.GOOD);
    if (!probe.isEmpty()) {
      add(
          "  an interviewer would still probe: "
              + String.join(", ", probe.stream().map(RoundTitle::principle).toList()),
          Tone.WARN);
    }
  }

  /** "Verdict: Inclined at L6 (average 74, band 3 good)", at the level of the last round. */
  private void verdict(List<DebriefRound> scored) {
    List<ScoreCard> mains = scored.stream().map(r -> r.cards().get(0)).toList();
    Level asked = scored.get(scored.size() - 1).level();
    int average =
        (int) Math.round(scored.stream().mapToInt(DebriefRound::score).average().orElse(0));
    String verdict = LoopVerdict.verdict(mains, asked, GradeBand.of(average));
    out.add(ReportLine.gap());
    add(
        "Verdict: " + verdict + " (average " + average + ", band " + GradeBand.of(average) + ")",
        verdict.startsWith("Inclined at " + asked) ? Tone.GOOD : Tone.WARN);
  }

  private void workOn(List<WorkOnNext.Item> items) {
    if (items.isEmpty()) {
      return;
    }
    out.add(ReportLine.gap());
    add(
        "Top " + (items.size() == 1 ? "thing" : items.size() + " things") + " to work on next",
        Tone.HEADING);
    int i = 1;
    for (WorkOnNext.Item item : items) {
      add(
          "  "
              + i++
              + ". "
              + item.point().strip()
              + " ["
              + item.dimension()
              + ", missed in round "
              + item.round()
              + "]",
          Tone.NORMAL);
      add("     drill: " + item.drill(), Tone.DIM);
    }
  }

  private void add(String text, Tone tone) {
    out.add(ReportLine.of(text, tone));
  }
}
