package dev.mockloop.report;

import dev.mockloop.bank.FollowUp;
import dev.mockloop.engine.DebriefRound;
import dev.mockloop.engine.PrinciplesEvidenced;
import dev.mockloop.engine.RoundState;
import dev.mockloop.engine.RoundTitle;
import dev.mockloop.io.Plural;
import dev.mockloop.report.ReportLine.Run;
import dev.mockloop.report.ReportLine.Tone;
import dev.mockloop.report.RoundResult.Part;
import dev.mockloop.scoring.GradeBand;
import java.util.ArrayList;
import java.util.List;

/**
 * The results of a scored round as report lines: total bar, grade band, self-rating, then each
 * answer ({@link AnswerLines}), the level read, the Leadership Principles, the main answer's
 * dimension bars and the time used. The results screen, line mode, the review browser and {@code
 * review show} show these lines; only the styling of their tones differs.
 */
public final class ResultsReport {
  private final List<ReportLine> out = new ArrayList<>();

  private ResultsReport() {}

  /** The results of a scored round just played. */
  public static List<ReportLine> of(RoundState s) {
    return of(s, List.of());
  }

  /**
   * As above, with {@code progress} (the comparison with the last attempt, {@link LastTime}) right
   * after the score.
   */
  public static List<ReportLine> of(RoundState s, List<ReportLine> progress) {
    if (s.score() == null) {
      throw new IllegalArgumentException("round " + s.round() + " is not scored yet");
    }
    return of(RoundResult.of(s), progress);
  }

  /** The results of a round, played or saved; a round not scored shows only its answers. */
  public static List<ReportLine> of(RoundResult round, List<ReportLine> progress) {
    ResultsReport r = new ResultsReport();
    if (round.scored()) {
      r.summary(round);
    }
    r.out.addAll(progress);
    round.answers().forEach(a -> AnswerLines.add(a, r.out));
    if (round.scored()) {
      r.details(round);
    }
    return List.copyOf(r.out);
  }

  /** The model answers of the round: the main question's, then each follow-up's asked. */
  public static List<ReportLine> model(RoundState s) {
    ResultsReport r = new ResultsReport();
    r.add("Model answer", Tone.HEADING);
    String main = s.scenario().level(s.level()).modelAnswer();
    r.add(main.isBlank() ? "(this scenario has no model answer)" : main.strip(), Tone.NORMAL);
    for (FollowUp f : s.followUps()) {
      r.out.add(ReportLine.gap());
      r.add("Follow-up: " + f.ask().strip(), Tone.HEADING);
      r.add(f.modelAnswer().isBlank() ? "(no model answer)" : f.modelAnswer().strip(), Tone.NORMAL);
    }
    return List.copyOf(r.out);
  }

  private void summary(RoundResult round) {
    int total = round.score();
    Tone tone = Format.scoreTone(total);
    line(
        new Run("Score  ", Tone.HEADING),
        new Run(total + "/100  ", tone),
        new Run(Format.bar(total / 100.0, 30), tone));
    add(
        "Grade band "
            + GradeBand.of(total)
            + " (the guide's 0-4 scale: off-topic, vague, "
            + "partial, good, strong)",
        tone);
    if (round.selfRating() != null) {
      out.add(SelfRating.line(round.selfRating(), total));
    }
    List<String> parts = new ArrayList<>();
    for (Part a : round.answers()) {
      parts.add(
          (a.isMain() ? "main answer " : "follow-up " + a.followUp() + " ") + a.card().score());
    }
    add(String.join(", ", parts), Tone.DIM);
  }

  /** After the answers: level advice, principles, dimensions and time used. */
  private void details(RoundResult round) {
    Part main = round.answers().get(0);
    // what to add follows the user's "I covered this" marks, as the debrief does
    CardDetails.levelRead(
        DebriefRound.asTheUserSees(main.card(), main.disputes()).levelRead(), out);
    principles(round.principles());
    CardDetails.dimensions("By dimension (main answer)", main.card(), out);
    out.add(ReportLine.gap());
    add("Time used", Tone.HEADING);
    for (Part a : round.answers()) {
      add(
          "  "
              + (a.isMain() ? "main answer  " : "follow-up " + a.followUp() + "  ")
              + Format.mmss(a.secondsUsed())
              + (a.timedOut() ? "  (timed out: submitted at 0:00)" : ""),
          a.timedOut() ? Tone.WARN : Tone.NORMAL);
    }
  }

  private void principles(PrinciplesEvidenced p) {
    if (p.isEmpty()) {
      return;
    }
    out.add(ReportLine.gap());
    add("Leadership Principles", Tone.HEADING);
    List<String> shown = new ArrayList<>();
    p.evidenced()
        .forEach(
            (id, n) -> shown.add(RoundTitle.principle(id) + " (" + Plural.of(n, "point") + ")"));
    add(
        "  evidenced: " + (shown.isEmpty() ? "none yet" : String.join(", ", shown)),
        shown.isEmpty() ? Tone.DIM : Tone.GOOD);
    if (!p.toProbe().isEmpty()) {
      add(
          "  an interviewer would still probe: "
              + String.join(", ", p.toProbe().stream().map(RoundTitle::principle).toList()),
          Tone.DIM);
    }
  }

  private void add(String text, Tone tone) {
    out.add(ReportLine.of(text, tone));
  }

  private void line(Run... runs) {
    out.add(new ReportLine(List.of(runs)));
  }
}
