package dev.mockloop.report;

import dev.mockloop.bank.Prose;
import dev.mockloop.engine.RoundTitle;
import dev.mockloop.io.Plural;
import dev.mockloop.report.ReportLine.Tone;
import dev.mockloop.session.History;
import dev.mockloop.session.Summaries;
import dev.mockloop.session.Transcript;
import dev.mockloop.session.TranscriptFollowUp;
import dev.mockloop.session.TranscriptRound;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * A saved session as report lines: its facts, then per round the question and the round's results
 * exactly as the results screen showed them ({@link ResultsReport}, with the comparison with the
 * previous attempt, {@link LastTime}), the follow-ups left unanswered, a draft not submitted, and
 * the loop's {@link Debrief}. The review browser styles these lines, {@code review show} and {@code
 * review export} write them as Markdown ({@link MarkdownExport}).
 */
public final class SessionReport {
  private final Transcript t;
  private final History history;
  private final ZoneId zone;
  private final DateTimeFormatter time;
  private final List<ReportLine> out = new ArrayList<>();

  private SessionReport(Transcript t, History history, ZoneId zone) {
    this.t = t;
    this.history = history;
    this.zone = zone;
    this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z").withZone(zone);
  }

  /**
   * @param history the sessions to compare against (for "last time"); may be empty
   * @param zone the zone times are shown in
   */
  public static List<ReportLine> of(Transcript t, History history, ZoneId zone) {
    SessionReport s = new SessionReport(t, history, zone);
    s.header();
    for (int i = 0; i < t.rounds().size(); i++) {
      s.round(i, t.rounds().get(i));
    }
    List<ReportLine> debrief = TranscriptDebrief.of(t);
    if (!debrief.isEmpty()) {
      s.out.add(ReportLine.gap());
      s.out.addAll(debrief);
    }
    return List.copyOf(s.out);
  }

  /** The round's title, with the principle of a behavioural question. */
  public static String title(TranscriptRound r) {
    return r.behavioral()
        ? "Leadership Principle: " + RoundTitle.principle(r.principle()) + " · " + r.title()
        : r.title();
  }

  private void header() {
    add("mockloop session " + t.id(), Tone.TITLE);
    add(
        t.level()
            + " ("
            + t.level().rewards()
            + ") · "
            + t.status().word()
            + " · started "
            + time.format(t.startedAt())
            + (t.endedAt() == null ? "" : ", ended " + time.format(t.endedAt()))
            + " · "
            + t.rounds().size()
            + " of "
            + Plural.of(Math.max(t.planned().size(), t.rounds().size()), "planned round")
            + " · "
            + t.averageScore()
                .map(s -> "score " + s + "/100 (mean of the scored rounds)")
                .orElse("not scored")
            + " · "
            + Format.mmss(t.timeUsed().toSeconds())
            + " answering",
        Tone.DIM);
  }

  private void round(int i, TranscriptRound r) {
    out.add(ReportLine.gap());
    add(
        "Round "
            + (i + 1)
            + " of "
            + Math.max(t.planned().size(), t.rounds().size())
            + ": "
            + title(r),
        Tone.TITLE);
    add(
        "Scenario "
            + r.scenario()
            + " · topic "
            + r.topic()
            + " · "
            + (r.minutes() == 0 ? "untimed" : Plural.of(r.minutes(), "minute"))
            + " · "
            + (r.score() == null
                ? "not scored (" + r.phase() + ")"
                : "score " + r.score() + "/100"),
        Tone.DIM);
    out.add(ReportLine.gap());
    add("Question", Tone.HEADING);
    // transcripts saved before the loader joined hand-made breaks hold the raw text
    add(Prose.reflow(r.prompt()), Tone.NORMAL);
    if (!r.context().isBlank()) {
      add("Context: " + Prose.reflow(r.context()), Tone.DIM);
    }
    if (r.answer() != null) {
      out.add(ReportLine.gap());
      out.addAll(ResultsReport.of(RoundResult.of(r), progress(r)));
    }
    for (int f = 0; f < r.followUps().size(); f++) {
      TranscriptFollowUp fu = r.followUps().get(f);
      if (fu.answer() == null) {
        out.add(ReportLine.gap());
        add("Follow-up " + (f + 1) + ": " + fu.ask().strip(), Tone.HEADING);
        add("(not answered)", Tone.DIM);
      }
    }
    if (r.draft() != null && !r.draft().text().isBlank()) {
      out.add(ReportLine.gap());
      add("Draft, not submitted (saved " + time.format(r.draft().savedAt()) + ")", Tone.WARN);
      add(r.draft().text(), Tone.ANSWER);
    }
  }

  /** The comparison with the previous attempt at this scenario and level, every point named. */
  private List<ReportLine> progress(TranscriptRound r) {
    return history
        .compare(t.id(), t.level(), Summaries.round(r))
        .map(c -> LastTime.lines(c, history, r.scenario(), t, zone, Integer.MAX_VALUE))
        .orElse(List.of());
  }

  private void add(String text, Tone tone) {
    out.add(ReportLine.of(text, tone));
  }
}
