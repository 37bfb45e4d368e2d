package dev.mockloop.line;

import dev.mockloop.engine.Loop;
import dev.mockloop.engine.PlanRequest;
import dev.mockloop.engine.RoundState;
import dev.mockloop.engine.RoundTitle;
import dev.mockloop.report.LastTime;
import dev.mockloop.report.LoopSummary;
import dev.mockloop.report.ReportLine;
import dev.mockloop.report.ReportLine.Tone;
import dev.mockloop.report.ResultsReport;
import dev.mockloop.session.ExitSave;
import dev.mockloop.session.PracticeRun;
import dev.mockloop.session.StartAhead;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Line mode's interview: asks each question, reads the answer, shows the results, through a {@link
 * PracticeRun} as the TUI does. The run is touched only under {@link #guard}: by this thread, the
 * timer thread (draft snapshots, autosave, the time-out) and the shutdown hook.
 */
final class LineApp {
  final LineContext ctx;
  final AnswerReader in;
  final Printer out;
  final TimeDisplay time;
  final Object guard = new Object();
  private final Dialogs dialogs;
  private final Covering covering;
  private final Rating rating = new Rating(this);
  private final List<Path> saved = new ArrayList<>();
  private volatile PracticeRun run;
  private final Answering answering;
  private boolean inputEnded;
  private InputEnded stoppedEarly;

  LineApp(LineContext ctx, AnswerReader in, Printer out) {
    this.ctx = ctx;
    this.in = in;
    this.out = out;
    this.time = new TimeDisplay(in.terminal(), in, ctx.interactive());
    this.dialogs = new Dialogs(this);
    this.covering = new Covering(this);
    this.answering = new Answering(this, dialogs);
    in.onNewLine(() -> time.newLine(ctx.clock().instant()));
    in.onSnapshot(() -> time.refresh(ctx.clock().instant()));
  }

  /**
   * Runs until the loop is done or the user quits; returns the transcripts written.
   *
   * @throws InputEnded when the input ended in the middle of a round (the session is saved first)
   */
  List<Path> run(Optional<PlanRequest> direct) {
    Optional<PracticeRun> resumed = new Unfinished(this).offer();
    if (resumed.isPresent()) {
      begin(resumed.get());
    } else {
      Optional<PlanRequest> req = direct.isPresent() ? direct : dialogs.askRequest();
      if (req.isEmpty()) {
        return List.copyOf(saved);
      }
      begin(
          PracticeRun.start(
              ctx.store(), ctx.bank(), ctx.scorer(), ctx.clock(), req.get(), StartAhead.none()));
      if (!run.notice().isEmpty()) {
        out.print(run.notice(), Tone.WARN);
      }
    }
    Countdown countdown = Countdown.start(ctx.tick(), answering::tick);
    try {
      play();
    } finally {
      countdown.close();
      time.end();
      end();
    }
    if (stoppedEarly != null) {
      throw stoppedEarly;
    }
    return List.copyOf(saved);
  }

  private void begin(PracticeRun started) {
    started.savePending(); // no first frame to wait for: a new run's first save comes now
    synchronized (guard) {
      run = started;
      saved.add(started.saves().path());
    }
  }

  private void play() {
    while (true) {
      RoundState s = state();
      if (s.phase().answering()) {
        if (inputEnded) {
          return;
        }
        Answering.Outcome o = answering.answer(s);
        if (o == Answering.Outcome.QUIT) {
          return; // end() quits the answer and saves the session as paused or abandoned
        }
        inputEnded = o == Answering.Outcome.INPUT_ENDED;
        in.discardTypedAhead();
        continue;
      }
      if (run.loop().quit()) {
        return;
      }
      rating.ask(s);
      results(state());
      Loop loop = run.loop();
      synchronized (guard) {
        if (!loop.hasNext()) {
          run.end();
          out.print(ReportLine.gap());
          run.saves().saveError().ifPresent(e -> out.print(e, Tone.WARN));
          out.print(LoopSummary.of(loop.rounds(), run.saves().savedPath()));
          return;
        }
      }
      if (inputEnded || !dialogs.nextRound(s)) {
        return;
      }
      synchronized (guard) {
        run.next();
      }
    }
  }

  /** The run being practised (null before it starts and after it ends); under the guard. */
  PracticeRun run() {
    return run;
  }

  RoundState state() {
    synchronized (guard) {
      return run.state();
    }
  }

  private void results(RoundState s) {
    out.print(ReportLine.gap());
    out.print(
        "Results · "
            + s.level()
            + " · Round "
            + s.round()
            + " of "
            + s.rounds()
            + " · "
            + RoundTitle.of(s.scenario()),
        Tone.HEADING);
    out.print(ResultsReport.of(s, LastTime.of(ctx.store(), run, ZoneId.systemDefault())));
    out.print(ReportLine.gap());
    out.print("Saved to " + run.saves().path(), Tone.DIM);
    covering.afterRound(run.loop());
    dialogs.offerModel(s);
  }

  /** Leaves the run ({@link Leaving}); {@link #run} throws what it gives. */
  private void end() {
    synchronized (guard) {
      if (run != null) {
        stoppedEarly = Leaving.leave(run, inputEnded, out, ctx.store().dir()).orElse(null);
        run = null;
      }
    }
  }

  /**
   * Saves whatever is typed (the shutdown hook, on SIGTERM or SIGHUP), to a rescue copy when the
   * sessions folder fails, as Ctrl-C does; waits for the guard at most {@link ExitSave#WAIT}. Then
   * clears the status line, so the shell does not inherit it.
   */
  void emergencySave() {
    ExitSave.run(
        save -> {
          synchronized (guard) {
            save.run();
          }
        },
        () -> {
          PracticeRun r = run;
          if (r != null) {
            r.emergencySave();
          }
        },
        ExitSave.WAIT);
    time.stop();
    in.terminal().flush();
  }
}
