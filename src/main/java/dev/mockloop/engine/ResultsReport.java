package dev.mockloop.engine;

import dev.mockloop.bank.FollowUp;
import dev.mockloop.engine.ReportLine.Run;
import dev.mockloop.engine.ReportLine.Tone;
import dev.mockloop.scoring.DimensionScore;
import dev.mockloop.scoring.Evidence;
import dev.mockloop.scoring.Flag;
import dev.mockloop.scoring.GradeBand;
import dev.mockloop.scoring.LevelRead;
import dev.mockloop.scoring.PointResult;
import dev.mockloop.scoring.ScoreCard;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The results of a scored round as front-end-neutral paragraphs: total and per-dimension bars,
 * time used, level read, then per answer the covered points with the matched words, the missed
 * points with hints, flags, and the answer with its matched words marked. A pure function of the
 * round's state; the line mode prints it, and the TUI can render the same paragraphs.
 */
public final class ResultsReport {
  private final List<ReportLine> out = new ArrayList<>();

  private ResultsReport() {}

  /** The results of a scored round. */
  public static List<ReportLine> of(RoundState s) {
    return of(s, List.of());
  }

  /**
   * As above, with {@code progress} (the comparison with the last attempt, made by the session
   * layer) right after the score.
   */
  public static List<ReportLine> of(RoundState s, List<ReportLine> progress) {
    if (s.score() == null) {
      throw new IllegalArgumentException("round " + s.round() + " is not scored yet");
    }
    ResultsReport r = new ResultsReport();
    r.summary(s);
    r.out.addAll(progress);
    for (int i = 0; i < s.answers().size(); i++) {
      r.answer(i, s.answers().get(i), i == 0 ? null : s.followUps().get(i - 1));
    }
    r.details(s);
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
      r.add(f.modelAnswer().isBlank() ? "(no model answer)" : f.modelAnswer().strip(),
          Tone.NORMAL);
    }
    return List.copyOf(r.out);
  }

  /** A text bar of {@code width} cells, {@code ratio} of them filled. */
  public static String bar(double ratio, int width) {
    int filled = (int) Math.round(Math.max(0, Math.min(1, ratio)) * width);
    return "█".repeat(filled) + "░".repeat(width - filled);
  }

  /** A duration as {@code mm:ss}. */
  public static String mmss(Duration d) {
    long secs = Math.max(0, d.toSeconds());
    return String.format("%02d:%02d", secs / 60, secs % 60);
  }

  /** The tone of a score: good from 70, warn from 40, else bad. */
  public static Tone scoreTone(int score) {
    return score >= 70 ? Tone.GOOD : score >= 40 ? Tone.WARN : Tone.BAD;
  }

  private void summary(RoundState s) {
    int total = s.score().score();
    line(new Run("Score  ", Tone.HEADING), new Run(total + "/100  ", scoreTone(total)),
        new Run(bar(total / 100.0, 30), scoreTone(total)));
    add("Grade band " + GradeBand.of(total) + " (the guide's 0-4 scale: off-topic, vague, "
        + "partial, good, strong)", scoreTone(total));
    if (s.selfRating() != null) {
      out.add(SelfRating.line(s.selfRating(), total));
    }
    StringBuilder parts = new StringBuilder("main answer " + s.score().main().score());
    for (int i = 0; i < s.score().followUps().size(); i++) {
      parts.append(", follow-up ").append(i + 1).append(' ')
          .append(s.score().followUps().get(i).score());
    }
    add(parts.toString(), Tone.DIM);
  }

  /** After the user's own points: level advice, dimensions and time used. */
  private void details(RoundState s) {
    levelRead(s.score().main().levelRead());
    principles(PrinciplesEvidenced.of(s));
    out.add(ReportLine.gap());
    add("By dimension (main answer)", Tone.HEADING);
    for (DimensionScore d : s.score().main().dimensions()) {
      line(new Run(String.format("  %-14s ", d.dimension()), Tone.NORMAL),
          new Run(bar(d.ratio(), 20), scoreTone((int) Math.round(d.ratio() * 100))),
          new Run("  " + d.earned() + "/" + d.possible(), Tone.NORMAL));
    }
    out.add(ReportLine.gap());
    add("Time used", Tone.HEADING);
    for (int i = 0; i < s.answers().size(); i++) {
      Answer a = s.answers().get(i);
      add("  " + (a.isMain() ? "main answer  " : "follow-up " + i + "  ")
          + mmss(Duration.ofSeconds(a.secondsUsed()))
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
    p.evidenced().forEach((id, n) -> shown.add(RoundTitle.principle(id) + " ("
        + Plural.of(n, "point") + ")"));
    add("  evidenced: " + (shown.isEmpty() ? "none yet" : String.join(", ", shown)),
        shown.isEmpty() ? Tone.DIM : Tone.GOOD);
    if (!p.toProbe().isEmpty()) {
      add("  an interviewer would still probe: " + String.join(", ",
          p.toProbe().stream().map(RoundTitle::principle).toList()), Tone.DIM);
    }
  }

  private void levelRead(LevelRead read) {
    if (read == null) {
      return;
    }
    out.add(ReportLine.gap());
    add("Level read", Tone.HEADING);
    add("  " + read.verdict(), read.onLevel() ? Tone.GOOD : Tone.WARN);
    if (!read.advice().isEmpty()) {
      add("  " + read.adviceHeading(), Tone.DIM);
      for (String m : read.advice()) {
        add("    - " + m, Tone.DIM);
      }
    }
  }

  private void answer(int index, Answer a, FollowUp f) {
    ScoreCard card = a.card();
    out.add(ReportLine.gap());
    add((f == null ? "Main answer" : "Follow-up " + index + ": " + f.ask().strip()) + "  ("
        + card.score() + "/100)", Tone.HEADING);
    long marked = card.missed().stream().filter(p -> a.dispute(p.id()).isPresent()).count();
    add("Covered " + card.covered().size() + " of " + Plural.of(card.points().size(), "key point")
        + (marked == 0 ? "" : "; you marked " + marked + " more as covered"), Tone.GOOD);
    for (PointResult p : card.covered()) {
      point(p.listed() ? "½ " : "✓ ", p.listed() ? Tone.WARN : Tone.GOOD, p);
      if (!p.evidence().isEmpty()) {
        add("    - matched: " + quoted(p.evidence()), Tone.DIM);
      }
      if (p.listed()) {
        add("    - named only in a list of terms, so a third of the credit: say how it applies here",
            Tone.WARN);
      }
    }
    for (PointResult p : card.missed()) {
      Dispute d = a.dispute(p.id()).orElse(null);
      if (d != null) {
        point("✓ ", Tone.GOOD, p);
        add("    - covered (you said: \"" + oneLine(d.sentence()) + "\"); the scorer missed it",
            Tone.DIM);
        continue;
      }
      point("✗ ", Tone.BAD, p);
      if (!p.negated().isEmpty()) {
        add("    - negated or dismissed, so not counted: " + quoted(p.negated()), Tone.DIM);
      }
      if (!p.echoed().isEmpty()) {
        add("    - only restates the question, so not counted: " + quoted(p.echoed()),
            Tone.DIM);
      }
      if (!p.hint().isBlank()) {
        add("    - hint: " + p.hint(), Tone.DIM);
      }
    }
    for (Flag fl : card.flags()) {
      line(new Run("  ! " + fl.code() + ": ", Tone.WARN), new Run(fl.message(), Tone.NORMAL));
    }
    add("Your answer, matched words highlighted:", Tone.DIM);
    out.add(AnswerMarks.of(a.text(), card));
  }

  private void point(String bullet, Tone tone, PointResult p) {
    line(new Run("  " + bullet, tone), new Run(p.point(), Tone.NORMAL),
        new Run("  [" + p.dimension() + ", weight " + p.weight() + "]", Tone.DIM));
  }

  private static String quoted(List<Evidence> ev) {
    List<String> q = new ArrayList<>();
    for (Evidence e : ev) {
      q.add("\"" + oneLine(e.text()) + "\"");
    }
    return String.join(", ", q);
  }

  /** Text from an answer on one line: runs of white space (line breaks too) as one space. */
  public static String oneLine(String text) {
    return text.replaceAll("\\s+", " ");
  }

  private void add(String text, Tone tone) {
    out.add(ReportLine.of(text, tone));
  }

  private void line(Run... runs) {
    out.add(new ReportLine(List.of(runs)));
  }
}
