package dev.mockloop.line;

import dev.mockloop.bank.FollowUp;
import dev.mockloop.bank.Level;
import dev.mockloop.engine.Answer;
import dev.mockloop.engine.Phase;
import dev.mockloop.engine.PlanRequest;
import dev.mockloop.engine.RoundState;
import dev.mockloop.engine.RoundTitle;
import dev.mockloop.io.Plural;
import dev.mockloop.report.Format;
import dev.mockloop.report.ReportLine;
import dev.mockloop.report.ReportLine.Tone;
import dev.mockloop.report.ResultsReport;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What line mode says and asks between answers: the question with its header and instructions, the
 * time-out notice, the quit confirmation, the model-answer offer and the level choice. With piped
 * input it asks nothing (a question would swallow a line of the answers).
 */
final class Dialogs {
  private final LineApp app;

  Dialogs(LineApp app) {
    this.app = app;
  }

  /** "L6 · Round 1 of 3 · Title · follow-up 1 of 2", for the header and the status line. */
  String label(RoundState s) {
    String q =
        s.phase().kind() == Phase.Kind.FOLLOW_UP
            ? " · follow-up " + (s.phase().followUp() + 1) + " of " + s.followUps().size()
            : "";
    return s.level()
        + " · Round "
        + s.round()
        + " of "
        + s.rounds()
        + " · "
        + RoundTitle.of(s.scenario())
        + q;
  }

  void ask(RoundState s) {
    Printer out = app.out;
    out.print(ReportLine.gap());
    out.print(label(s), Tone.HEADING);
    FollowUp f = s.currentFollowUp();
    if (f == null) {
      out.print("Question", Tone.HEADING);
      out.print(s.question().strip(), Tone.NORMAL);
      if (!s.context().isBlank()) {
        out.print(ReportLine.gap());
        out.print("Context", Tone.HEADING);
        out.print(s.context().strip(), Tone.DIM);
      }
    } else {
      out.print("The interviewer follows up:", Tone.HEADING);
      out.print(s.question().strip(), Tone.NORMAL);
    }
    out.print(ReportLine.gap());
    String limit = s.timed() ? "You have " + Format.mmss(s.remaining()) + ". " : "Untimed. ";
    out.print(
        limit
            + "End the answer with a line holding only '.', or press Ctrl-D"
            + (app.in.cooked() ? " (twice after text on this terminal)" : "")
            + "; Ctrl-C quits (your draft is saved).",
        Tone.DIM);
    if (!s.draft().isEmpty()) {
      out.print("Your saved draft is in the editor; go on typing.", Tone.DIM);
    }
  }

  /** After an answer went in: says so when the time-out submitted it. */
  void submitted(int index) {
    RoundState s = app.state();
    if (s.answers().size() > index && s.answers().get(index).timedOut()) {
      Answer a = s.answers().get(index);
      app.out.print(ReportLine.gap());
      app.out.print(
          "Time is up: your answer was submitted as typed ("
              + Plural.of(words(a.text()), "word")
              + ").",
          Tone.WARN);
    }
  }

  /**
   * Ctrl-C: the draft is already saved ({@code where} says where); true to quit. Only y, yes, n, no
   * (or Enter, no) answer; any other line is answer text that went to the question (typed on, or a
   * half line that came late), so it is handed to {@code keep} and the question is asked again.
   */
  boolean confirmQuit(String where, java.util.function.Consumer<String> keep) {
    app.out.print(ReportLine.gap());
    app.out.print(where, Tone.DIM);
    if (!app.ctx.interactive()) {
      return true;
    }
    while (true) {
      Optional<String> reply = app.in.line("Quit mockloop? [y/N] ");
      String r = reply.map(s -> s.strip().toLowerCase(Locale.ROOT)).orElse("yes");
      if (r.equals("y") || r.equals("yes")) {
        return true;
      }
      if (r.isEmpty() || r.equals("n") || r.equals("no")) {
        app.out.print("Back to your answer; the timer kept running.", Tone.DIM);
        return false;
      }
      keep.accept(reply.get());
      app.out.print(
          "That was not y or n, so it was added to your answer (nothing is lost). Please answer y"
              + " to quit or n to go back.",
          Tone.WARN);
    }
  }

  /** After the results: the model answer, on request (printed as a hint with piped input). */
  void offerModel(RoundState s) {
    if (!app.ctx.interactive()) {
      app.out.print(
          "Model answer: mockloop questions show " + s.scenario().id() + " --level " + s.level(),
          Tone.DIM);
      return;
    }
    Optional<String> reply = app.in.line("Show the model answer? [y/N] ");
    if (reply.isPresent() && reply.get().strip().toLowerCase(Locale.ROOT).startsWith("y")) {
      app.out.print(ReportLine.gap());
      app.out.print(ResultsReport.model(s));
    }
  }

  /** Between rounds: true to go on (always with piped input). */
  boolean nextRound(RoundState s) {
    if (!app.ctx.interactive()) {
      return true;
    }
    Optional<String> reply =
        app.in.line(
            "Press Enter for round "
                + (s.round() + 1)
                + " of "
                + s.rounds()
                + ", or q and Enter to stop: ");
    return reply.isPresent() && !reply.get().strip().toLowerCase(Locale.ROOT).startsWith("q");
  }

  /** Without practice options: asks the level (L6 with piped input) for one random round. */
  Optional<PlanRequest> askRequest() {
    Level level = Level.L6;
    if (app.ctx.interactive()) {
      for (Level l : Level.values()) {
        app.out.print("  " + l + "  " + l.rewards(), Tone.NORMAL);
      }
      while (true) {
        Optional<String> reply = app.in.line("Level, L6 or L7 [L6]: ");
        if (reply.isEmpty()) {
          return Optional.empty();
        }
        String r = reply.get().strip();
        if (r.isEmpty()) {
          break;
        }
        Optional<Level> parsed = Level.parse(r);
        if (parsed.isPresent()) {
          level = parsed.get();
          break;
        }
        app.out.print("Type L6 or L7 (or just Enter for L6).", Tone.WARN);
      }
    }
    return Optional.of(
        new PlanRequest(level, List.of(), List.of(), 1, System.nanoTime(), app.ctx.defaults()));
  }

  private static int words(String text) {
    String t = text.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }
}
