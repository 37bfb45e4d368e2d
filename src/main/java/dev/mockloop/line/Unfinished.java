package dev.mockloop.line;

import dev.mockloop.io.Plural;
import dev.mockloop.report.ReportLine;
import dev.mockloop.report.ReportLine.Tone;
import dev.mockloop.session.PracticeRun;
import dev.mockloop.session.SessionException;
import dev.mockloop.session.Transcript;
import dev.mockloop.session.TranscriptRound;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Sessions a killed run left unfinished, or the user paused (quit mid-answer): offered one by one
 * to resume or keep as they are, as the TUI does. With piped input nothing is asked (the answers
 * file must not be read as a reply); the sessions are left for the next interactive run, with a
 * one-line note.
 */
final class Unfinished {
  private final LineApp app;

  Unfinished(LineApp app) {
    this.app = app;
  }

  /** The session to continue, if the user chose to resume one. */
  Optional<PracticeRun> offer() {
    List<Transcript> pending = app.ctx.store().unfinished();
    if (pending.isEmpty()) {
      return Optional.empty();
    }
    if (!app.ctx.interactive()) {
      app.out.print(
          Plural.of(pending.size(), "unfinished session")
              + " in "
              + app.ctx.store().dir()
              + " were left as they are; run mockloop in a terminal to resume them.",
          Tone.DIM);
      return Optional.empty();
    }
    for (Transcript t : pending) {
      describe(t);
      while (true) {
        Optional<String> reply =
            app.in.line(
                "r resume it, k keep it as " + t.keptAs().word() + ", Enter leave it for later: ");
        String r = reply.map(s -> s.strip().toLowerCase(Locale.ROOT)).orElse("");
        if (r.startsWith("r")) {
          Optional<PracticeRun> run = resume(t);
          if (run.isPresent()) {
            return run;
          }
          break;
        }
        if (r.startsWith("k")) {
          keep(t);
          break;
        }
        if (r.isEmpty()) {
          break;
        }
      }
    }
    return Optional.empty();
  }

  private void describe(Transcript t) {
    Printer out = app.out;
    out.print(t.howItStopped(), Tone.HEADING);
    out.print("  Session   " + t.id(), Tone.NORMAL);
    out.print(
        "  Level     "
            + t.level()
            + ", "
            + t.rounds().size()
            + " of "
            + Plural.of(t.planned().size(), "round")
            + " started",
        Tone.NORMAL);
    if (!t.rounds().isEmpty()) {
      TranscriptRound r = t.rounds().get(t.rounds().size() - 1);
      out.print("  Scenario  " + r.title() + " (" + r.whereStopped() + ")", Tone.NORMAL);
    }
    t.draft()
        .ifPresent(
            d ->
                out.print(
                    "  Draft     " + Plural.of(d.words(), "word") + ", saved " + d.savedAt(),
                    Tone.NORMAL));
  }

  private Optional<PracticeRun> resume(Transcript t) {
    try {
      return Optional.of(
          PracticeRun.resume(
              app.ctx.store(), t, app.ctx.bank(), app.ctx.scorer(), app.ctx.clock()));
    } catch (SessionException e) {
      app.out.print(e.getMessage(), Tone.BAD);
      keep(t);
      return Optional.empty();
    }
  }

  private void keep(Transcript t) {
    try {
      Transcript kept = app.ctx.store().keep(t, app.ctx.clock().instant());
      app.out.print("Kept " + t.id() + " as " + kept.status().word() + ".", Tone.DIM);
    } catch (IOException e) {
      app.out.print("Could not save " + t.id() + ": " + e.getMessage(), Tone.BAD);
    }
    app.out.print(ReportLine.gap());
  }
}
