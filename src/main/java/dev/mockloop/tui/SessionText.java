package dev.mockloop.tui;

import dev.mockloop.engine.ResultsReport;
import dev.mockloop.engine.SelfRating;
import dev.mockloop.scoring.DimensionScore;
import dev.mockloop.scoring.Flag;
import dev.mockloop.scoring.PointResult;
import dev.mockloop.scoring.ScoreCard;
import dev.mockloop.session.Comparison;
import dev.mockloop.session.History;
import dev.mockloop.session.Summaries;
import dev.mockloop.session.Transcript;
import dev.mockloop.session.TranscriptAnswer;
import dev.mockloop.session.TranscriptFollowUp;
import dev.mockloop.session.TranscriptDebrief;
import dev.mockloop.session.TranscriptRound;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A saved session as styled paragraphs: each round's question, the answers with the matched
 * rubric words highlighted, the follow-ups, the score card, and the comparison with the previous
 * attempt at the same scenario and level. A pure function of the transcript and the history.
 */
final class SessionText {
  private final Theme t;
  private final DateTimeFormatter time;
  private final List<List<Span>> out = new ArrayList<>();

  private SessionText(Theme t, ZoneId zone) {
    this.t = t;
    this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone);
  }

  static List<List<Span>> of(Transcript tr, History h, Theme t, ZoneId zone) {
    SessionText s = new SessionText(t, zone);
    s.add(tr.level() + " · " + tr.status().word() + " · started " + s.time.format(tr.startedAt())
        + " · " + tr.averageScore().map(x -> "score " + x + "/100").orElse("not scored") + " · "
        + mmss(tr.timeUsed().toSeconds()) + " answering", t.dim);
    for (int i = 0; i < tr.rounds().size(); i++) {
      s.round(tr, h, i);
    }
    List<dev.mockloop.engine.ReportLine> debrief = TranscriptDebrief.of(tr);
    if (!debrief.isEmpty()) {
      s.gap();
      s.out.addAll(ResultsText.spans(debrief, t));
    }
    return s.out;
  }

  private void round(Transcript tr, History h, int i) {
    TranscriptRound r = tr.rounds().get(i);
    gap();
    add("Round " + (i + 1) + " of " + Math.max(tr.planned().size(), tr.rounds().size()) + " · "
        + title(r) + " (" + r.topic() + ") · " + (r.score() == null ? "not scored"
        : r.score() + "/100"), t.heading);
    if (r.selfRating() != null && r.score() != null) {
      add("Self-rating before the score: " + SelfRating.compared(r.selfRating(), r.score()),
          t.dim);
    }
    h.compare(tr.id(), tr.level(), Summaries.round(r)).ifPresent(c -> comparison(c, h, tr, r));
    gap();
    add("Question", t.heading);
    add(r.prompt().strip(), t.normal);
    if (!r.context().isBlank()) {
      add("Context: " + r.context().strip(), t.dim);
    }
    if (r.answer() != null) {
      answer("Your answer", r.answer());
    }
    for (int f = 0; f < r.followUps().size(); f++) {
      TranscriptFollowUp fu = r.followUps().get(f);
      gap();
      add("Follow-up " + (f + 1) + ": " + fu.ask().strip(), t.heading);
      if (fu.answer() == null) {
        add("(not answered)", t.dim);
      } else {
        if (!fu.why().isEmpty()) {
          add("Why it was asked: " + fu.why(), t.dim);
        }
        answer("Answer", fu.answer());
      }
    }
    if (r.draft() != null && !r.draft().text().isBlank()) {
      gap();
      add("Draft, not submitted (saved " + time.format(r.draft().savedAt()) + ")", t.warn);
      add(r.draft().text(), t.normal);
    }
  }

  /** The round's title, with the principle of a behavioural question. */
  static String title(TranscriptRound r) {
    return r.behavioral() ? "Leadership Principle: "
        + dev.mockloop.engine.RoundTitle.principle(r.principle()) + " · " + r.title() : r.title();
  }

  private void comparison(Comparison c, History h, Transcript tr, TranscriptRound r) {
    add(List.of(new Span("Previous attempt " + time.format(c.previousAt()) + ": "
        + c.previousScore() + (c.score() == null ? "" : " → " + c.score() + " "), t.normal),
        new Span(c.change(), c.change().startsWith("+") ? t.good
            : c.change().startsWith("-") ? t.bad : t.normal)));
    for (String k : c.newlyCovered()) {
      add("  ✓ newly covered: " + h.pointText(r.scenario(), tr.level(), k), t.good);
    }
    for (String k : c.dropped()) {
      add("  ✗ dropped: " + h.pointText(r.scenario(), tr.level(), k), t.bad);
    }
    for (String k : c.stillMissed()) {
      add("  • still missed: " + h.pointText(r.scenario(), tr.level(), k), t.dim);
    }
  }

  private void answer(String label, TranscriptAnswer a) {
    ScoreCard card = a.card();
    gap();
    add(label + " · " + card.score() + "/100 · " + mmss(a.secondsUsed()) + " used"
        + (a.timedOut() ? " · timed out" : "") + " · matched words highlighted", t.heading);
    out.add(Highlight.spans(a.text(), card, t));
    add("Key points: " + card.covered().size() + " of " + card.points().size() + " covered",
        t.dim);
    for (PointResult p : card.points()) {
      var mark = a.disputes().stream().filter(d -> !p.covered() && d.pointId().equals(p.id()))
          .findFirst();
      boolean covered = p.covered() || mark.isPresent();
      out.add(List.of(new Span(covered ? "  ✓ " : "  ✗ ", covered ? t.good : t.bad),
          new Span(p.point(), t.normal),
          new Span("  [" + p.dimension() + ", weight " + p.weight() + "]", t.dim)));
      mark.ifPresent(d -> add("    - covered (you said: \"" + ResultsReport.oneLine(
          d.sentence()) + "\"); the scorer missed it", t.dim));
      if (!covered && !p.hint().isBlank()) {
        add("    - hint: " + p.hint(), t.dim);
      }
    }
    add("Dimensions: " + card.dimensions().stream().map(SessionText::dimension)
        .collect(Collectors.joining(" · ")), t.dim);
    for (Flag f : card.flags()) {
      add("  ! " + f.code() + ": " + f.message(), t.warn);
    }
  }

  private static String dimension(DimensionScore d) {
    return d.dimension() + " " + d.earned() + "/" + d.possible();
  }

  static String mmss(long seconds) {
    return String.format("%d:%02d", seconds / 60, seconds % 60);
  }

  private void add(String text, Style s) {
    out.add(Wrap.para(text, s));
  }

  private void add(List<Span> spans) {
    out.add(spans);
  }

  private void gap() {
    out.add(Wrap.para("", t.normal));
  }
}
