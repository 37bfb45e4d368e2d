package dev.mockloop.tui;

import dev.mockloop.bank.FollowUp;
import dev.mockloop.engine.Answer;
import dev.mockloop.engine.RoundState;
import dev.mockloop.scoring.DimensionScore;
import dev.mockloop.scoring.Evidence;
import dev.mockloop.scoring.Flag;
import dev.mockloop.scoring.LevelRead;
import dev.mockloop.scoring.PointResult;
import dev.mockloop.scoring.ScoreCard;
import java.util.ArrayList;
import java.util.List;

/**
 * The content of the results screen as styled paragraphs: total and dimension bars, time used,
 * level read, covered points with their evidence, missed points with hints, flags, and each
 * answer with its matched words highlighted. A pure function of the scored round.
 */
final class ResultsText {
  private final Theme t;
  private final List<List<Span>> out = new ArrayList<>();

  private ResultsText(Theme t) {
    this.t = t;
  }

  static List<List<Span>> of(RoundState s, Theme t) {
    ResultsText r = new ResultsText(t);
    r.summary(s);
    List<Answer> answers = s.answers();
    for (int i = 0; i < answers.size(); i++) {
      r.answer(i, answers.get(i), i == 0 ? null : s.followUps().get(i - 1));
    }
    return r.out;
  }

  /** The model answers of the round, for the "m" key. */
  static List<List<Span>> model(RoundState s, Theme t) {
    ResultsText r = new ResultsText(t);
    r.add("Model answer", t.heading);
    String main = s.scenario().level(s.level()).modelAnswer();
    r.add(main.isBlank() ? "(this scenario has no model answer)" : main.strip(), t.normal);
    for (FollowUp f : s.followUps()) {
      r.gap();
      r.add("Follow-up: " + f.ask().strip(), t.heading);
      r.add(f.modelAnswer().isBlank() ? "(no model answer)" : f.modelAnswer().strip(), t.normal);
    }
    return r.out;
  }

  private void summary(RoundState s) {
    int total = s.score().score();
    add(List.of(new Span("Score  ", t.heading), new Span(total + "/100  ", scoreStyle(total)),
        new Span(Styled.bar(total / 100.0, 30), scoreStyle(total))));
    StringBuilder parts = new StringBuilder("main answer " + s.score().main().score());
    for (int i = 0; i < s.score().followUps().size(); i++) {
      parts.append(", follow-up ").append(i + 1).append(' ')
          .append(s.score().followUps().get(i).score());
    }
    add(parts.toString(), t.dim);
    gap();
    add("By dimension (main answer)", t.heading);
    for (DimensionScore d : s.score().main().dimensions()) {
      String name = String.format("  %-14s ", d.dimension());
      add(List.of(new Span(name, t.normal), new Span(Styled.bar(d.ratio(), 20),
          scoreStyle((int) Math.round(d.ratio() * 100))),
          new Span("  " + d.earned() + "/" + d.possible(), t.normal)));
    }
    gap();
    add("Time used", t.heading);
    for (int i = 0; i < s.answers().size(); i++) {
      Answer a = s.answers().get(i);
      add("  " + (a.isMain() ? "main answer  " : "follow-up " + i + "  ")
          + RoundChrome.mmss(java.time.Duration.ofSeconds(a.secondsUsed()))
          + (a.timedOut() ? "  (timed out: submitted at 0:00)" : ""), a.timedOut() ? t.warn
          : t.normal);
    }
    LevelRead read = s.score().main().levelRead();
    if (read != null) {
      gap();
      add("Level read", t.heading);
      add("  Reads as " + read.readsAs() + " (asked " + read.asked() + "; L6 coverage "
          + read.l6Coverage() + "%, L7 coverage " + read.l7Coverage() + "%)",
          read.readsAs() == read.asked() ? t.good : t.warn);
      if (!read.missingForOther().isEmpty()) {
        add("  To read as " + read.asked().other() + ", add:", t.dim);
        for (String m : read.missingForOther()) {
          add("    - " + m, t.dim);
        }
      }
    }
  }

  private void answer(int index, Answer a, FollowUp f) {
    ScoreCard card = a.card();
    gap();
    add((f == null ? "Main answer" : "Follow-up " + index + ": " + f.ask().strip()) + "  ("
        + card.score() + "/100)", t.heading);
    List<PointResult> covered = card.covered();
    List<PointResult> missed = card.missed();
    add("Covered " + covered.size() + " of " + card.points().size() + " key points", t.good);
    for (PointResult p : covered) {
      add(List.of(new Span("  ✓ ", t.good), new Span(p.point(), t.normal),
          new Span("  [" + p.dimension() + ", weight " + p.weight() + "]", t.dim)));
      if (!p.evidence().isEmpty()) {
        add("    - matched: " + quoted(p.evidence()), t.dim);
      }
    }
    for (PointResult p : missed) {
      add(List.of(new Span("  ✗ ", t.bad), new Span(p.point(), t.normal),
          new Span("  [" + p.dimension() + ", weight " + p.weight() + "]", t.dim)));
      if (!p.hint().isBlank()) {
        add("    - hint: " + p.hint(), t.dim);
      }
    }
    for (Flag fl : card.flags()) {
      add(List.of(new Span("  ! " + fl.code() + ": ", t.warn), new Span(fl.message(), t.normal)));
    }
    add("Your answer, matched words highlighted:", t.dim);
    add(Highlight.spans(a.text(), card, t));
  }

  private static String quoted(List<Evidence> ev) {
    List<String> q = new ArrayList<>();
    for (Evidence e : ev) {
      q.add("\"" + e.text().replaceAll("\\s+", " ") + "\"");
    }
    return String.join(", ", q);
  }

  private Style scoreStyle(int score) {
    return score >= 70 ? t.good : score >= 40 ? t.warn : t.bad;
  }

  private void add(String text, Style s) {
    out.add(Styled.para(text, s));
  }

  private void add(List<Span> spans) {
    out.add(spans);
  }

  private void gap() {
    out.add(Styled.para("", t.normal));
  }
}
