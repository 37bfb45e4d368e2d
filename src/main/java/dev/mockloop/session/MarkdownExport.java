package dev.mockloop.session;

import dev.mockloop.engine.Dispute;
import dev.mockloop.engine.ReportLine;
import dev.mockloop.engine.SelfRating;
import dev.mockloop.io.SafeText;
import dev.mockloop.scoring.Evidence;
import dev.mockloop.scoring.Flag;
import dev.mockloop.scoring.PointResult;
import dev.mockloop.scoring.ScoreCard;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A transcript as a readable Markdown document: the session's facts, then each round's question,
 * answers with the matched rubric words in bold, key points covered and missed, dimensions,
 * flags, and the comparison with the previous attempt. {@link Mode#TEXT} writes the same
 * document without Markdown escapes, for a terminal.
 */
public final class MarkdownExport {
  /** Markdown (escaped, for files) or plain text (for a terminal). */
  public enum Mode { MARKDOWN, TEXT }

  private final StringBuilder out = new StringBuilder();
  private final Transcript t;
  private final History history;
  private final DateTimeFormatter time;
  private final Mode mode;

  private MarkdownExport(Transcript t, History history, ZoneId zone, Mode mode) {
    this.t = t;
    this.history = history;
    this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z").withZone(zone);
    this.mode = mode;
  }

  /**
   * @param history the sessions to compare against (for "previous attempt"); may be empty
   * @param zone the zone times are shown in
   */
  public static String render(Transcript t, History history, ZoneId zone, Mode mode) {
    MarkdownExport m = new MarkdownExport(t, history, zone, mode);
    m.header();
    for (int i = 0; i < t.rounds().size(); i++) {
      m.round(i, t.rounds().get(i));
    }
    m.debrief(TranscriptDebrief.of(t));
    // the document is ours, its text is not: no control character but newline and tab survives
    return SafeText.plain(m.out.toString());
  }

  private void header() {
    line("# mockloop session " + t.id()).line();
    line("- Level: " + t.level() + " (" + t.level().rewards() + ")");
    line("- Started: " + time.format(t.startedAt())
        + (t.endedAt() == null ? "" : "; ended: " + time.format(t.endedAt())));
    line("- Status: " + t.status().word());
    line("- Rounds: " + t.rounds().size() + " of " + Math.max(t.planned().size(),
        t.rounds().size()) + " planned");
    line("- Score: " + t.averageScore().map(s -> s + "/100 (mean of the scored rounds)")
        .orElse("not scored"));
    line("- Time answering: " + mmss(t.timeUsed().toSeconds()));
  }

  private void round(int i, TranscriptRound r) {
    line().line("## Round " + (i + 1) + ": " + esc(r.behavioral() ? "Leadership Principle: "
        + dev.mockloop.engine.RoundTitle.principle(r.principle()) + " · " + r.title()
        : r.title())).line();
    line("Scenario `" + r.scenario() + "` · topic " + esc(r.topic()) + " · "
        + (r.minutes() == 0 ? "untimed" : dev.mockloop.engine.Plural.of(r.minutes(), "minute")) + " · score "
        + (r.score() == null ? "not scored (" + r.phase() + ")" : r.score() + "/100"));
    if (r.selfRating() != null && r.score() != null) {
      line().line("Self-rating before the score: "
          + SelfRating.compared(r.selfRating(), r.score()));
    }
    line().line("### Question").line().line(esc(r.prompt().strip()));
    if (!r.context().isBlank()) {
      line().line("Context: " + esc(r.context().strip()));
    }
    if (r.answer() != null) {
      answer("### Your answer", r.answer());
    }
    for (int f = 0; f < r.followUps().size(); f++) {
      TranscriptFollowUp fu = r.followUps().get(f);
      line().line("### Follow-up " + (f + 1) + ": " + esc(fu.ask().strip()));
      if (fu.answer() != null) {
        if (!fu.why().isEmpty()) {
          line().line("Why it was asked: " + esc(fu.why()));
        }
        answer("#### Answer", fu.answer());
      } else {
        line().line("(not answered)");
      }
    }
    if (r.draft() != null && !r.draft().text().isBlank()) {
      line().line("### Draft, not submitted (saved " + time.format(r.draft().savedAt()) + ")");
      line().line(quote(esc(r.draft().text())));
    }
    comparison(r);
  }

  /** The loop's debrief: headings as Markdown headings, indented lines as list items. */
  private void debrief(List<ReportLine> lines) {
    if (lines.isEmpty()) {
      return;
    }
    line().line("## Debrief");
    for (ReportLine l : lines.subList(1, lines.size())) {
      String text = l.text();
      String body = text.strip();
      if (body.isEmpty()) {
        line();
      } else if (mode == Mode.TEXT) {
        line(text);
      } else if (l.runs().get(0).tone() == ReportLine.Tone.HEADING) {
        line("### " + esc(body)).line();
      } else {
        int indent = text.length() - text.stripLeading().length();
        String item = body.startsWith("- ") ? body.substring(2) : body;
        line((indent == 0 ? "" : indent <= 2 ? "- " : "  - ") + esc(item));
      }
    }
  }

  private void answer(String heading, TranscriptAnswer a) {
    ScoreCard card = a.card();
    line().line(heading + " (" + card.score() + "/100, " + mmss(a.secondsUsed()) + " used"
        + (a.timedOut() ? ", timed out" : "") + ")").line();
    line(quote(highlighted(a.text(), card)));
    long marked = card.missed().stream().filter(p -> a.disputed(p.id())).count();
    line().line("Key points: " + card.covered().size() + " of " + card.points().size()
        + " covered" + (marked == 0 ? "" : " by the scorer; you marked " + marked
        + " more as covered")).line();
    for (PointResult p : card.points()) {
      Optional<Dispute> d = a.disputes().stream()
          .filter(x -> !p.covered() && x.pointId().equals(p.id())).findFirst();
      String box = p.covered() || d.isPresent() ? "- [x] " : "- [ ] ";
      String tail = p.covered() ? matched(p.evidence())
          : d.isPresent() ? " — you marked it covered: \"" + esc(oneLine(d.get().sentence()))
              + "\" (the scorer missed it)"
          : p.hint().isBlank() ? "" : " — hint: " + esc(p.hint());
      line(box + esc(p.point()) + " (" + p.dimension() + ", weight " + p.weight() + ")" + tail);
    }
    line().line("Dimensions: " + card.dimensions().stream()
        .map(d -> d.dimension() + " " + d.earned() + "/" + d.possible())
        .collect(Collectors.joining(" · ")));
    for (Flag f : card.flags()) {
      line().line("Flag " + f.code() + ": " + esc(f.message()));
    }
  }

  private void comparison(TranscriptRound r) {
    RoundSummary now = Summaries.round(r);
    Optional<Comparison> c = history.compare(t.id(), t.level(), now);
    if (c.isEmpty()) {
      return;
    }
    Comparison cmp = c.get();
    line().line("### Compared with the previous attempt").line();
    line("Session " + cmp.previousId() + " (" + time.format(cmp.previousAt()) + "): score "
        + cmp.previousScore() + (cmp.score() == null ? "" : " → " + cmp.score() + " ("
        + cmp.change() + ")"));
    points("Newly covered", cmp.newlyCovered(), r);
    points("Dropped", cmp.dropped(), r);
    points("Still missed", cmp.stillMissed(), r);
  }

  private void points(String label, List<String> keys, TranscriptRound r) {
    line().line(label + ":" + (keys.isEmpty() ? " none" : ""));
    for (String k : keys) {
      line("- " + esc(history.pointText(r.scenario(), t.level(), k)) + " (`" + k + "`)");
    }
  }

  private String matched(List<Evidence> ev) {
    if (ev.isEmpty()) {
      return "";
    }
    return " — matched " + ev.stream().map(e -> "\"" + esc(e.text().replaceAll("\\s+", " "))
        + "\"").distinct().collect(Collectors.joining(", "));
  }

  private static String oneLine(String s) {
    return s.strip().replaceAll("\\s+", " ");
  }

  private String highlighted(String text, ScoreCard card) {
    if (text.isBlank()) {
      return "(empty)";
    }
    StringBuilder sb = new StringBuilder();
    int at = 0;
    for (AnswerMarks.Range m : AnswerMarks.of(text, card)) {
      sb.append(esc(text.substring(at, m.start())));
      sb.append("**").append(esc(text.substring(m.start(), m.end()))).append("**");
      at = m.end();
    }
    return sb.append(esc(text.substring(at))).toString();
  }

  private static String quote(String text) {
    return text.strip().lines().map(l -> l.isBlank() ? ">" : "> " + l)
        .collect(Collectors.joining("\n"));
  }

  /** Escapes Markdown's inline syntax in user text (Markdown mode only). */
  private String esc(String s) {
    if (mode == Mode.TEXT) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      if ("\\`*_[]<>#|".indexOf(c) >= 0) {
        sb.append('\\');
      }
      sb.append(c);
    }
    return sb.toString();
  }

  static String mmss(long seconds) {
    Duration d = Duration.ofSeconds(Math.max(0, seconds));
    return String.format("%d:%02d", d.toMinutes(), d.toSecondsPart());
  }

  private MarkdownExport line(String s) {
    out.append(s).append('\n');
    return this;
  }

  private MarkdownExport line() {
    return line("");
  }
}
